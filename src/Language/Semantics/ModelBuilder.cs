using System.Collections.Immutable;
using System.Net;
using Mibc.Language.Diagnostics;
using Mibc.Language.Model;
using Mibc.Language.Semantics.Schema;
using Mibc.Language.Syntax;
using Mibc.Language.Text;
using Mibc.Language.TypeSystem;

namespace Mibc.Language.Semantics;

/// <summary>
/// Turns bound blocks into the immutable model, leaving out entities whose key values failed to convert.
/// </summary>
internal sealed class ModelBuilder(BindingContext context)
{
    private static readonly ListType AliasTargets = new(EmailAddressType.Instance, allowSingle: true);

    public (BoxModel? Model, ModelParts Parts) Build(BoundBlock file)
    {
        var box = file.Block("box");
        if (box is null)
        {
            context.Report(DiagnosticCatalog.MissingBox, new TextSpan(0, 0));
        }

        var domains = file.Blocks.Where(block => block.Schema.Keyword == "domain").Select(BuildDomain).OfType<MailDomain>().ToImmutableArray();
        var users = file.Blocks.Where(block => block.Schema.Keyword == "user").Select(BuildUser).OfType<MailUser>().ToImmutableArray();
        var aliases = file.Aliases.Select(BuildAlias).OfType<MailAlias>().ToImmutableArray();
        var policy = BuildPolicy(file.BlockOrDefaults("policy"));
        var host = box is null ? null : BuildHost(box);

        var userBlocks = file.Blocks.Where(block => block.Schema.Keyword == "user").ToList();
        var declared = new DeclaredNames(
            [.. file.Blocks.Where(block => block.Schema.Keyword == "domain").Select(block => block.Label).OfType<DomainName>().Select(name => name.Ascii)],
            [.. userBlocks.Select(block => block.Label).OfType<EmailAddress>().Select(address => address.Ascii)],
            [.. file.Aliases.Select(alias => EmailAddressParser.Parse(alias.Address.Value).Address).OfType<EmailAddress>().Select(address => address.Ascii)]);
        var usersWithErrors = userBlocks
            .Where(block => block.FailedKeys.Count > 0 && block.Label is EmailAddress)
            .Select(block => ((EmailAddress)block.Label!).Ascii)
            .ToImmutableHashSet();
        var os = file.BlockOrDefaults("box").Get<OsProfile>("os").Value;
        var parts = new ModelParts(host, domains, users, aliases, declared, usersWithErrors, policy, os);
        var model = host is null ? null : new BoxModel(context.Source.Path, host, domains, users, aliases, policy);
        return (model, parts);
    }

    private HostSettings? BuildHost(BoundBlock box)
    {
        var name = box.LocatedLabel<DomainName>();
        var ipv4 = box.Find<IPAddress>("ipv4");
        var ipv6 = box.Find<IPAddress>("ipv6");
        if (ipv4 is null && ipv6 is null && !box.FailedKeys.Contains("ipv4") && !box.FailedKeys.Contains("ipv6"))
        {
            context.Report(DiagnosticCatalog.MissingKey, box.HeaderSpan, box.Schema.DisplayName, "ipv4", "ipv4 = 203.0.113.10, or ipv6 = 2001:db8::10");
        }

        var admin = box.Find<EmailAddress>("admin");
        if (name is null || admin is null)
        {
            return null;
        }

        var ssh = box.BlockOrDefaults("ssh");
        var sshSettings = new SshSettings(ssh.Get<bool>("password_login"), ssh.Get<int>("port"), ssh.GetList<string>("host_keys"));
        return new HostSettings(name, ipv4, ipv6, box.Get<OsProfile>("os"), admin, box.Get<ByteSize>("max_message_size"), sshSettings);
    }

    private MailDomain? BuildDomain(BoundBlock domain)
    {
        var name = domain.LocatedLabel<DomainName>();
        if (name is null)
        {
            return null;
        }

        var dkim = domain.BlockOrDefaults("dkim");
        var dmarc = domain.BlockOrDefaults("dmarc");
        var dkimSettings = new DkimSettings(dkim.Get<bool>("enabled"), dkim.Get<string>("selector"), dkim.Get<DkimKeyType>("key"))
        {
            Ed25519Selector = dkim.Find<string>("ed25519_selector"),
            RetiredSelectors = dkim.GetList<string>("retired"),
        };
        return new MailDomain(
            name,
            dkimSettings,
            new DmarcSettings(dmarc.Get<DmarcPolicy>("policy"), dmarc.Find<EmailAddress>("rua"), dmarc.Get<int>("pct")),
            domain.Find<string>("web_root"),
            [.. domain.Records.Select(BuildRecord).OfType<DnsRecordDeclaration>()])
        {
            TlsReportAddress = domain.Find<EmailAddress>("tlsrpt"),
            DnssecAlgorithm = domain.Get<DnssecAlgorithm>("dnssec_algorithm"),
        };
    }

    private DnsRecordDeclaration? BuildRecord(RecordSyntax record)
    {
        var data = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var value in record.Data)
        {
            switch (value)
            {
                case StringLiteralSyntax literal:
                    data.Add(new Located<string>(literal.Value, context.Locate(literal.Span)));
                    break;
                case WordSyntax word:
                    data.Add(new Located<string>(word.Text, context.Locate(word.Span)));
                    break;
                default:
                    context.Report(DiagnosticCatalog.TypeMismatch, value.Span, MibType.Shorten(value.Display), "record", "record data: words, numbers and quoted strings, not a list");
                    return null;
            }
        }

        return new DnsRecordDeclaration(
            new Located<string>(record.Name.Value, context.Locate(record.Name.Span)),
            new Located<string>(record.Type.Name.ToUpperInvariant(), context.Locate(record.Type.Span)),
            data.ToImmutable());
    }

    private MailUser? BuildUser(BoundBlock user)
    {
        var address = user.LocatedLabel<EmailAddress>();
        var password = user.Find<PasswordHash>("password");
        return address is null || password is null
            ? null
            : new MailUser(address, password, user.Find<ByteSize>("quota"), user.Get<UserRole>("role"));
    }

    private MailAlias? BuildAlias(AliasSyntax alias)
    {
        var address = EmailAddressType.Instance.Convert(alias.Address, context, "alias") as EmailAddress;
        if (alias.Targets is ListSyntax { Items.IsEmpty: true })
        {
            context.Report(DiagnosticCatalog.EmptyAlias, alias.Targets.Span, address?.Ascii ?? alias.Address.Value);
            return null;
        }

        var targets = AliasTargets.Convert(alias.Targets, context, "alias targets");
        if (address is null || targets is null)
        {
            return null;
        }

        return new MailAlias(
            new Located<EmailAddress>(address, context.Locate(alias.Address.Span)),
            [.. ((ImmutableArray<Located<object>>)targets).Select(item => new Located<EmailAddress>((EmailAddress)item.Value, item.Span))]);
    }

    private static SecurityPolicy BuildPolicy(BoundBlock policy)
    {
        var tls = policy.BlockOrDefaults("tls");
        var https = policy.BlockOrDefaults("https");
        var rules = policy.Block("rules");
        var listeners = policy.Blocks
            .Where(block => block.Schema.Keyword == "listener")
            .Select(BuildListener)
            .OfType<ListenerSettings>()
            .ToImmutableArray();

        return new SecurityPolicy(
            new TlsSettings(
                tls.Get<string>("profile"),
                tls.GetList<Tls.TlsProtocol>("protocols"),
                tls.Find<CipherSpec>("ciphers"),
                tls.Find<string>("ciphersuites"),
                tls.Find<int>("dh_bits")),
            policy.Get<SubmissionMode>("submission"),
            policy.Get<MailboxAccessMode>("imap"),
            policy.Get<MailboxAccessMode>("pop"),
            new HttpsSettings(https.Get<TimeSpan>("hsts"), https.Get<bool>("redirect_http")),
            policy.Get<CertificateKind>("certificate"),
            policy.Get<CertificateKeySpec>("certificate_key"),
            policy.Get<CsrDigest>("csr_digest"),
            policy.Get<bool>("dnssec"),
            policy.GetList<string>("packs"),
            rules is null
                ? ImmutableDictionary<string, Located<RuleLevel>>.Empty
                : rules.Values.ToImmutableDictionary(
                    pair => pair.Key,
                    pair => new Located<RuleLevel>((RuleLevel)pair.Value.Value, rules.Locate(pair.Value.Span)),
                    StringComparer.OrdinalIgnoreCase))
        {
            MtaSts = policy.Get<MtaStsMode>("mta_sts"),
            CaaIssuers = policy.GetList<DomainName>("caa"),
            Listeners = listeners,
        };
    }

    private static ListenerSettings? BuildListener(BoundBlock listener)
    {
        var name = listener.LocatedLabel<Listener>();
        if (name is null)
        {
            return null;
        }

        var tls = listener.Block("tls");
        if (tls is null)
        {
            return new ListenerSettings(name, TlsOverrides.None);
        }

        // NOTE: the tls block's schema gives profile a default, which a listener must not take: a listener
        // without a profile inherits the box-wide profile and overrides.
        var profile = tls.Find<string>("profile");
        return new ListenerSettings(name, new TlsOverrides(
            profile is { IsDefault: false } ? profile : null,
            tls.GetList<Tls.TlsProtocol>("protocols"),
            tls.Find<CipherSpec>("ciphers"),
            tls.Find<string>("ciphersuites"),
            tls.Find<int>("dh_bits")));
    }
}
