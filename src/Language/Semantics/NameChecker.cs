using Mibc.Language.Diagnostics;
using Mibc.Language.Model;

namespace Mibc.Language.Semantics;

/// <summary>
/// Checks how declarations refer to each other: duplicates, undeclared domains, alias targets, the admin.
/// </summary>
internal sealed class NameChecker(BindingContext context)
{
    public void Check(ModelParts model)
    {
        var domains = FirstByKey(model.Domains, domain => domain.Name, DiagnosticCatalog.DuplicateDomain);
        var users = FirstByKey(model.Users, user => user.Address, DiagnosticCatalog.DuplicateUser);
        var aliases = FirstByKey(model.Aliases, alias => alias.Address, DiagnosticCatalog.DuplicateAlias);

        var declared = model.Declared;
        foreach (var user in users.Values)
        {
            CheckDomainDeclared(user.Address, declared);
        }

        foreach (var alias in aliases.Values)
        {
            CheckDomainDeclared(alias.Address, declared);
            if (users.TryGetValue(alias.Address.Value.Ascii, out var user))
            {
                context.Report(DiagnosticCatalog.UserIsAlias, alias.Address.Span, alias.Address.Value.Unicode, user.Address.Span.StartLine);
            }

            foreach (var target in alias.Targets)
            {
                var local = declared.Domains.Contains(target.Value.Domain.Ascii);
                if (local && !declared.Users.Contains(target.Value.Ascii) && !declared.Aliases.Contains(target.Value.Ascii))
                {
                    context.Report(DiagnosticCatalog.UnknownAliasTarget, target.Span, target.Value.Unicode, target.Value.Domain.Unicode);
                }
            }
        }

        CheckAliasLoops(aliases);
        if (model.Host is not null)
        {
            CheckAdmin(model.Host, users, model);
        }
    }

    private Dictionary<string, T> FirstByKey<T, TName>(IEnumerable<T> items, Func<T, Located<TName>> name, DiagnosticDescriptor duplicate)
        where TName : notnull
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var located = name(item);
            var key = located.Value.ToString()!;
            if (first.TryGetValue(key, out var earlier))
            {
                context.Report(duplicate, located.Span, Display(located.Value), name(earlier).Span.StartLine);
                continue;
            }

            first[key] = item;
        }

        return first;
    }

    private void CheckDomainDeclared(Located<EmailAddress> address, DeclaredNames declared)
    {
        if (!declared.Domains.Contains(address.Value.Domain.Ascii))
        {
            context.Report(DiagnosticCatalog.UndeclaredDomain, address.Span, address.Value.Unicode, address.Value.Domain.Unicode);
        }
    }

    private void CheckAdmin(HostSettings host, Dictionary<string, MailUser> users, ModelParts model)
    {
        var address = host.Admin.Value.Ascii;
        if (!model.Declared.Users.Contains(address))
        {
            context.Report(DiagnosticCatalog.AdminNotUser, host.Admin.Span, host.Admin.Value.Unicode);
        }
        else if (users.TryGetValue(address, out var admin) && !model.UsersWithErrors.Contains(address) && admin.Role.Value != UserRole.Admin)
        {
            context.Report(DiagnosticCatalog.AdminWithoutRole, host.Admin.Span, host.Admin.Value.Unicode);
        }
    }

    /// <summary>Reports each cycle of aliases once, at the alias where the walk closes it.</summary>
    private void CheckAliasLoops(Dictionary<string, MailAlias> aliases)
    {
        var finished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in aliases.Keys)
        {
            // NOTE: an explicit stack keeps a long alias chain from overflowing the call stack.
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<(string Address, int Next)>();
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (address, next) = stack.Pop();
                if (next == 0)
                {
                    if (finished.Contains(address))
                    {
                        continue;
                    }

                    path.Add(address);
                    onPath.Add(address);
                }

                var targets = aliases[address].Targets;
                if (next >= targets.Length)
                {
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(address);
                    finished.Add(address);
                    continue;
                }

                stack.Push((address, next + 1));
                var target = targets[next];
                var targetKey = target.Value.Ascii;
                if (onPath.Contains(targetKey))
                {
                    var cycle = path.Skip(path.IndexOf(targetKey)).Append(targetKey).ToList();
                    var shown = cycle.Count <= 6
                        ? string.Join(" -> ", cycle)
                        : string.Join(" -> ", cycle.Take(3)) + $" -> ... ({cycle.Count - 5} more) -> " + string.Join(" -> ", cycle.TakeLast(2));
                    context.Report(DiagnosticCatalog.AliasLoop, target.Span, targetKey, shown);
                }
                else if (aliases.ContainsKey(targetKey) && !finished.Contains(targetKey))
                {
                    stack.Push((targetKey, 0));
                }
            }
        }
    }

    private static string Display(object value) => value switch
    {
        DomainName domain => domain.Unicode,
        EmailAddress address => address.Unicode,
        _ => value.ToString() ?? string.Empty,
    };
}
