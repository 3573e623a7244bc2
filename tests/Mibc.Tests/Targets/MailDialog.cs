using System.Text;

namespace Mibc.Tests.DaemonTargets;

/// <summary>
/// Bash functions that hold SMTP and IMAP conversations with the daemons inside a <see cref="HostSandbox"/>,
/// in plaintext through bash's /dev/tcp or in TLS through an <c>openssl s_client</c> coprocess.
/// </summary>
/// <remarks>
/// Every read waits at most ten seconds, so a server that stops replying fails the test instead of hanging it.
/// Each function prints the server's replies, one line each, without carriage returns.
/// </remarks>
public static class MailDialog
{
    private const string Prelude = """
        set -u
        # smtp_reply FD: print one SMTP reply, which may span several lines, and stop after its last line.
        smtp_reply() {
          local line
          while IFS= read -r -t 10 line <&"$1"; do
            line=${line%$'\r'}
            echo "$line"
            [[ $line =~ ^[0-9]{3}\  ]] && return 0
          done
          echo "(no reply)"
        }
        # imap_reply FD TAG: print lines until the tagged response.
        imap_reply() {
          local line
          while IFS= read -r -t 10 line <&"$1"; do
            line=${line%$'\r'}
            echo "$line"
            [[ $line == "$2 "* ]] && return 0
          done
          echo "(no reply)"
        }
        # smtp_session IN OUT COMMAND...: send each command and print the one reply it gets. A whole
        # message, lines joined by CRLF and ending in a line with a single '.', counts as one command.
        smtp_session() {
          local in=$1 out=$2 command
          shift 2
          for command in "$@"; do
            printf '%s\r\n' "$command" >&"$out"
            smtp_reply "$in"
          done
        }
        # smtp_plain PORT COMMAND...: a plaintext SMTP conversation, greeting first.
        smtp_plain() {
          local port=$1
          shift
          exec 3<>"/dev/tcp/127.0.0.1/$port"
          smtp_reply 3
          smtp_session 3 3 "$@"
          exec 3>&-
        }
        # smtp_tls PORT STARTTLS COMMAND...: an SMTP conversation in TLS; with STARTTLS=yes s_client
        # does the greeting, EHLO and STARTTLS first, and the commands follow the handshake.
        smtp_tls() {
          local port=$1 starttls=$2
          shift 2
          local args=(-quiet -connect "127.0.0.1:$port")
          [[ $starttls == yes ]] && args+=(-starttls smtp)
          # Bash unsets SMTP and closes its descriptors once s_client exits, so copy them first.
          coproc SMTP { openssl s_client "${args[@]}" 2>/dev/null; }
          local pid=$SMTP_PID
          exec 5<&"${SMTP[0]}" 6>&"${SMTP[1]}"
          [[ $starttls == yes ]] || smtp_reply 5
          smtp_session 5 6 "$@"
          exec 5<&- 6>&-
          kill "$pid" 2>/dev/null
          wait "$pid" 2>/dev/null
          return 0
        }
        # imap_session PORT MODE COMMAND...: MODE is plain, starttls or tls; commands get tags a1, a2, ...
        imap_session() {
          local port=$1 mode=$2 tag=0 command in out
          shift 2
          if [[ $mode == plain ]]; then
            exec 4<>"/dev/tcp/127.0.0.1/$port"
            in=4 out=4
          else
            local args=(-quiet -connect "127.0.0.1:$port")
            [[ $mode == starttls ]] && args+=(-starttls imap)
            coproc IMAP { openssl s_client "${args[@]}" 2>/dev/null; }
            local pid=$IMAP_PID
            exec 4<&"${IMAP[0]}" 7>&"${IMAP[1]}"
            in=4 out=7
          fi
          [[ $mode == starttls ]] || { IFS= read -r -t 10 line <&"$in"; echo "${line%$'\r'}"; }
          for command in "$@"; do
            tag=$((tag + 1))
            printf 'a%s %s\r\n' "$tag" "$command" >&"$out"
            imap_reply "$in" "a$tag"
          done
          exec 4>&- 7>&-
          if [[ $mode != plain ]]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
          return 0
        }

        """;

    /// <summary>Returns a script that runs <paramref name="body"/> with the dialog functions defined.</summary>
    public static string Script(string body) => Prelude + body;

    /// <summary>Returns the base64 SASL PLAIN response for a login, as AUTH PLAIN and AUTHENTICATE PLAIN take it.</summary>
    public static string PlainResponse(string login, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("\0" + login + "\0" + password));

    /// <summary>Quotes each argument for bash and joins them with spaces.</summary>
    public static string Arguments(params string[] arguments) => string.Join(' ', arguments.Select(HostSandbox.Quote));
}
