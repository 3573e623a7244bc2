using Mibc.Language.Semantics;
using Mibc.Language.Text;
using Mibc.Targets.Dns;
using Mibc.Targets.Emit;

namespace Mibc.Tests.Dns;

/// <summary>The SOA serial has the form YYYYMMDDnn and rises on every build that changes the zone, and only then.</summary>
public sealed class SoaSerialTests
{
    [Fact]
    public void Serial_RisesOnlyWhenZoneChanges()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("record \"www\" A 203.0.113.11"));
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 6, 12, 0, 0, TimeSpan.Zero));

        var first = Serial(box, clock);
        var unchanged = Serial(box, clock);
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("record \"www\" A 203.0.113.12"));
        var changed = Serial(box, clock);
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("record \"www\" A 203.0.113.13"));
        var changedAgain = Serial(box, clock);
        clock.Now = clock.Now.AddDays(1);
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("record \"www\" A 203.0.113.14"));
        var nextDay = Serial(box, clock);

        Assert.Equal(2031050600, first);
        Assert.Equal(first, unchanged);
        Assert.Equal(2031050601, changed);
        Assert.Equal(2031050602, changedAgain);
        Assert.Equal(2031050700, nextDay);
    }

    [Fact]
    public void Serial_NeverFallsWhenClockGoesBack()
    {
        using var box = DnsTestBox.FromText(DnsTestBox.SingleDomain("record \"www\" A 203.0.113.11"));
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 6, 12, 0, 0, TimeSpan.Zero));
        Serial(box, clock);

        // A clock set back must never make the serial fall, or secondaries would ignore the zone.
        clock.Now = clock.Now.AddDays(-3);
        File.WriteAllText(box.BoxPath, DnsTestBox.SingleDomain("record \"www\" A 203.0.113.12"));

        Assert.Equal(2031050601, Serial(box, clock));
    }

    private static long Serial(DnsTestBox box, TimeProvider clock)
    {
        var check = BoxChecker.Check(new SourceText(box.BoxPath, File.ReadAllText(box.BoxPath)));
        Assert.False(check.HasErrors);
        var context = new EmitContext(check.Model!, box.Directory);
        var zone = new NsdEmitter(clock).Emit(context).Single(file => file.TargetPath == ZoneFileWriter.HostPathOf("example.org"));
        Assert.Empty(context.Diagnostics);
        var text = System.Text.Encoding.UTF8.GetString(zone.Content);
        var line = text.Split('\n').Single(candidate => candidate.Contains("; serial", StringComparison.Ordinal));
        return long.Parse(line.Split(';')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
