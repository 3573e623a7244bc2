using System.Globalization;

namespace Mibc.Language.Model;

/// <summary>An amount of storage in bytes. Units are binary: 1KB is 1024 bytes, as Dovecot and Postfix count.</summary>
/// <param name="Bytes">The size in bytes.</param>
public sealed record ByteSize(long Bytes)
{
    /// <summary>The size in whole kibibytes, rounded down.</summary>
    public long Kilobytes => Bytes / 1024;

    /// <summary>Formats the size with the largest unit that divides it exactly, such as <c>10GB</c>.</summary>
    public override string ToString()
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        var value = Bytes;
        var unit = 0;
        while (unit < units.Length - 1 && value != 0 && value % 1024 == 0)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(CultureInfo.InvariantCulture) + units[unit];
    }
}
