using System.Text.RegularExpressions;
using Mibc.Language.Diagnostics;
using Mibc.Language.Text;
using Mibc.Tests.Support;

namespace Mibc.Tests.Language;

public sealed partial class CatalogTests
{
    /// <summary>Codes no baseline file can show, each with the test that covers it instead.</summary>
    private static readonly Dictionary<string, string> CoveredByUnitTests = new()
    {
        ["MIB0008"] = nameof(RobustnessTests.OversizedFile_IsRejected),
        ["MIB0009"] = nameof(RobustnessTests.ManyErrors_AreCapped),

        // The language check (MIB1040, MIB1042) rejects every character this guard in the targets would.
        ["MIB3002"] = nameof(DaemonTargets.HostileValueTests.RenderModel_RejectsUnsafeCipherText),

        ["MIB3117"] = nameof(Dns.KeyStoreFileTests.TxtOverRecordLimit_IsError),
        ["MIB3129"] = nameof(Dns.KeyStoreFileTests.CorruptDkimKey_IsErrorAtFile),
        ["MIB3130"] = nameof(Dns.DnssecTests.DsRecords_MatchLdnsKey2ds),
        ["MIB3133"] = nameof(Dns.KeyStoreFileTests.OtherCertificateKeyType_IsWarning),
        ["MIB3138"] = nameof(Dns.DkimKeyTests.ChangedKeyType_IsErrorAtSelector),

        // Host key findings need a host to connect to, so tests with a real sshd cover them.
        ["MIB4001"] = nameof(Deploy.HostKeyTests.Plan_ChangedKnownHostsKey_PointsAtLine),
        ["MIB4002"] = nameof(Deploy.KnownHostsTests.Verify_RevokedKeyIsRejected),
        ["MIB4003"] = nameof(Deploy.HostKeyTests.Apply_UndeclaredHostKey_PointsAtBoxFile),
    };

    public static TheoryData<string> Codes() => [.. DiagnosticCatalog.All.Select(descriptor => descriptor.Code)];

    [Fact]
    public void Codes_AreUnique()
    {
        var duplicates = DiagnosticCatalog.All.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_HasStableForm(string code)
    {
        Assert.Matches("^MIB[0-4][0-9]{3}$", code);
        Assert.False(DiagnosticCatalog.Retired.ContainsKey(code), $"{code} is both active and retired.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Message_FormatsEveryPlaceholder(string code)
    {
        var descriptor = DiagnosticCatalog.Find(code)!;
        var args = Enumerable.Range(0, descriptor.PlaceholderCount).Select(i => (object)$"ARG{i}").ToArray();

        var message = descriptor.Create(SourceSpan.None, args).Message;

        Assert.DoesNotMatch(LeftoverPlaceholder(), message);
        for (var i = 0; i < args.Length; i++)
        {
            Assert.Contains($"ARG{i}", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Message_StartsLowerCaseWithoutFinalPeriod(string code)
    {
        var descriptor = DiagnosticCatalog.Find(code)!;

        Assert.False(char.IsUpper(descriptor.MessageFormat[0]), $"{code} starts with a capital letter.");
        Assert.False(descriptor.MessageFormat.EndsWith('.'), $"{code} ends with a period.");
    }

    [Fact]
    public void Create_RejectsWrongArgumentCount()
    {
        Assert.Throws<ArgumentException>(() => DiagnosticCatalog.UnknownKey.Create(SourceSpan.None, "only one"));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_IsCoveredByTest(string code)
    {
        if (CoveredByUnitTests.ContainsKey(code))
        {
            return;
        }

        var expectedFiles = Directory.EnumerateFiles(RepositoryPaths.Root, "*.diagnostics.txt", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var covered = expectedFiles.Any(path => File.ReadAllText(path).Contains($" {code}: ", StringComparison.Ordinal));

        Assert.True(covered, $"No baseline shows {code}: add a bad input under tests/Mibc.Tests/Baselines that triggers it.");
    }

    [GeneratedRegex(@"(?<!\{)\{\d+\}(?!\})")]
    private static partial Regex LeftoverPlaceholder();
}
