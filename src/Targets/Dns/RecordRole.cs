namespace Mibc.Targets.Dns;

/// <summary>How a record mibc generates treats records box.mib declares at the same name.</summary>
public enum RecordRole
{
    /// <summary>A record box.mib declared.</summary>
    Declared,

    /// <summary>mibc owns the record set: a declared record of the same type at that name is an error.</summary>
    Exclusive,

    /// <summary>Declared records of the same type join mibc's, such as a backup MX or a site verification TXT.</summary>
    Shared,

    /// <summary>An address of a standard name such as www: a declared A, AAAA, CNAME or NS at the name replaces it.</summary>
    ReplaceableAddress,

    /// <summary>The SPF record: a declared TXT record starting with <c>v=spf1</c> at the name replaces it.</summary>
    ReplaceableSpf,
}
