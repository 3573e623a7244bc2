using System.Collections.Immutable;
using System.Text;
using Mibc.Language.Diagnostics;
using Mibc.Targets.Dns.Dnssec;
using Mibc.Targets.Emit;
using Mibc.Targets.Keys;

namespace Mibc.Targets.Dns;

/// <summary>
/// Renders NSD's <c>nsd.conf</c>, one zone file per domain and, when the policy turns DNSSEC on, the zone keys,
/// the signing script and its daily timer.
/// </summary>
/// <remarks>
/// NOTE: <c>mibc check</c> reports DNS findings through the DNS analyzer before any emitter runs, so this emitter
/// reports only errors (a compiler without the analyzer still never writes a bad zone) and the DS records.
/// </remarks>
/// <param name="time">The clock that dates new SOA serials.</param>
public sealed class NsdEmitter(TimeProvider time) : IEmitter
{
    /// <summary>The program apply.sh runs to sign the zones.</summary>
    public const string SignScriptPath = "/usr/local/sbin/mibc-dnssec-sign";

    /// <summary>How many days signatures stay valid; the daily timer renews them long before.</summary>
    public const int SignatureValidityDays = 14;

    /// <summary>The hook that signs the zones after apply.sh placed them and enables the re-signing timer.</summary>
    public static readonly DeployHook SignHook = new(SignScriptPath, ["--no-reload", "--enable-timer"]);

    /// <summary>Creates the emitter with the system clock.</summary>
    public NsdEmitter()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc />
    public string Name => "nsd";

    /// <inheritdoc />
    public IEnumerable<BundleFile> Emit(EmitContext context)
    {
        var model = context.Model;
        var store = new KeyStore(context.SourceDirectory, allowWrites: true);
        var keys = new DnsKeyMaterial(store, context.Report);
        var plan = ZonePlanner.Plan(model, keys, diagnostic =>
        {
            if (diagnostic.IsError)
            {
                context.Report(diagnostic);
            }
        });
        if (plan.HasErrors)
        {
            return [];
        }

        var signed = model.Policy.Dnssec.Value;
        var serials = new SoaSerialStore(store, time);
        var files = new List<BundleFile>();
        foreach (var zone in plan.Zones)
        {
            var serial = serials.Assign(zone.Origin, ZoneFileWriter.ContentHash(zone, model));
            var text = ZoneFileWriter.Write(zone, model, serial);
            files.Add(WithSigning(BundleFile.FromText(ZoneFileWriter.HostPathOf(zone.Origin), text, "nsd"), signed));
        }

        var host = model.Host.Name.Value.Ascii;
        var configuration = NsdTemplates.Render("nsd.conf.sbn", new
        {
            Host = host,
            Addresses = new[] { model.Host.Ipv4?.Value, model.Host.Ipv6?.Value }.OfType<System.Net.IPAddress>().Select(address => address.ToString()).ToList(),
            Zones = plan.Zones.Select(zone => new { Name = zone.Origin, File = $"zones/{zone.Origin}.zone{(signed ? ".signed" : string.Empty)}" }).ToList(),
        });
        files.Add(BundleFile.FromText("/etc/nsd/nsd.conf", configuration, "nsd") with { Packages = ["nsd"] });

        if (signed)
        {
            files.AddRange(DnssecFiles(plan, host, context));
        }

        return files;
    }

    private static BundleFile WithSigning(BundleFile file, bool signed) => signed ? file with { Hooks = [SignHook] } : file;

    private static IEnumerable<BundleFile> DnssecFiles(ZonePlan plan, string host, EmitContext context)
    {
        var zones = plan.Zones.Where(zone => zone.SigningKey is not null).ToList();
        foreach (var zone in zones)
        {
            var key = zone.SigningKey!;

            // A zone below another of the box's zones gets its DS record in that zone; only the others need the registrar.
            var parent = DnsZoneIndex.MostSpecific(plan.Zones.Select(other => other.Domain).Where(other => other != zone.Domain), zone.Origin);
            if (parent is null)
            {
                var record = $"{zone.Origin}. IN DS {key.DsData}";
                context.Report(DiagnosticCatalog.DsRecord.Create(zone.Domain.Name.Span, zone.Domain.Name.Value.Unicode, record));
            }

            yield return WithSigning(BundleFile.FromText($"/etc/nsd/dnssec/{key.BaseName}.key", key.DnskeyRecord + "\n", "nsd"), true);
            yield return new BundleFile(
                $"/etc/nsd/dnssec/{key.BaseName}.private", new UTF8Encoding(false).GetBytes(key.PrivateKeyText), "0600", "root", "root", ["nsd"], Secret: true)
            {
                Hooks = [SignHook],
            };
        }

        var script = NsdTemplates.Render("mibc-dnssec-sign.sbn", new
        {
            Host = host,
            ValidityDays = SignatureValidityDays,
            Zones = zones.Select(zone => new { Name = zone.Origin, Key = zone.SigningKey!.BaseName }).ToList(),
        });
        yield return BundleFile.FromText(SignScriptPath, script) with { Mode = "0755", Hooks = [SignHook], Packages = ["ldnsutils"] };

        var unitModel = new { Host = host };
        yield return BundleFile.FromText("/etc/systemd/system/mibc-dnssec-sign.service", NsdTemplates.Render("mibc-dnssec-sign.service.sbn", unitModel)) with { Hooks = [SignHook] };
        yield return BundleFile.FromText("/etc/systemd/system/mibc-dnssec-sign.timer", NsdTemplates.Render("mibc-dnssec-sign.timer.sbn", unitModel)) with { Hooks = [SignHook] };
        yield return BundleFile.FromText("/etc/cron.d/mibc-dnssec-sign", NsdTemplates.Render("mibc-dnssec-sign.cron.sbn", unitModel)) with { Packages = ["cron"] };
    }
}
