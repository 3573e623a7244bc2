using System.Collections.Immutable;

namespace Mibc.Language.Model;

/// <summary>An extra DNS record as box.mib declares it, before per-type checks.</summary>
/// <param name="Name">The owner name relative to the domain; <c>@</c> is the domain itself.</param>
/// <param name="Type">The record type in upper case, such as <c>MX</c>.</param>
/// <param name="Data">The record data values, each as written (strings unquoted).</param>
public sealed record DnsRecordDeclaration(
    Located<string> Name,
    Located<string> Type,
    ImmutableArray<Located<string>> Data);
