namespace Mibc.Language.Tls;

/// <summary>
/// OpenSSL's CIPHER_ORDER list: every usable suite, each active or not, in
/// preference order. The methods port ssl_cipher_apply_rule and
/// ssl_cipher_strength_sort step by step, because the exact order of equal
/// suites depends on how those loops move nodes.
/// </summary>
internal sealed class CipherOrderList
{
    private sealed class Node(CipherSuite suite)
    {
        public CipherSuite Suite { get; } = suite;

        public bool Active { get; set; }

        public Node? Previous { get; set; }

        public Node? Next { get; set; }
    }

    private Node? head;
    private Node? tail;

    /// <summary>Creates the list with all suites inactive, in the given order.</summary>
    public CipherOrderList(IEnumerable<CipherSuite> suites)
    {
        foreach (var suite in suites)
        {
            var node = new Node(suite) { Previous = tail };
            if (tail is null)
            {
                head = node;
            }
            else
            {
                tail.Next = node;
            }

            tail = node;
        }
    }

    /// <summary>Returns the active suites in preference order.</summary>
    public List<CipherSuite> ActiveSuites()
    {
        var suites = new List<CipherSuite>();
        for (var node = head; node is not null; node = node.Next)
        {
            if (node.Active)
            {
                suites.Add(node.Suite);
            }
        }

        return suites;
    }

    /// <summary>Applies one rule to every suite the predicate selects.</summary>
    public void Apply(CipherRuleOperation operation, Func<CipherSuite, bool> selects)
    {
        if (operation == CipherRuleOperation.SortByStrength)
        {
            SortByStrength();
            return;
        }

        // NOTE: deleting and bumping walk backwards, so suites moved to the
        // front keep their relative order. Each walk stops at the node that
        // was last when it began, so no moved node is visited twice.
        var reverse = operation is CipherRuleOperation.Delete or CipherRuleOperation.MoveToFront;
        var next = reverse ? tail : head;
        var last = reverse ? head : tail;
        Node? current = null;
        while (current != last)
        {
            current = next;
            if (current is null)
            {
                break;
            }

            next = reverse ? current.Previous : current.Next;
            if (selects(current.Suite))
            {
                ApplyTo(operation, current);
            }
        }
    }

    private void ApplyTo(CipherRuleOperation operation, Node node)
    {
        switch (operation)
        {
            case CipherRuleOperation.Add when !node.Active:
                MoveToTail(node);
                node.Active = true;
                break;
            case CipherRuleOperation.MoveToEnd when node.Active:
                MoveToTail(node);
                break;
            case CipherRuleOperation.Delete when node.Active:
                MoveToHead(node);
                node.Active = false;
                break;
            case CipherRuleOperation.MoveToFront when node.Active:
                MoveToHead(node);
                break;
            case CipherRuleOperation.Kill:
                Unlink(node);
                break;
        }
    }

    private void SortByStrength()
    {
        var strengths = new SortedSet<int>();
        for (var node = head; node is not null; node = node.Next)
        {
            if (node.Active)
            {
                strengths.Add(node.Suite.StrengthBits);
            }
        }

        foreach (var bits in strengths.Reverse())
        {
            Apply(CipherRuleOperation.MoveToEnd, suite => suite.StrengthBits == bits);
        }
    }

    private void MoveToTail(Node node)
    {
        if (node == tail)
        {
            return;
        }

        if (node == head)
        {
            head = node.Next;
        }

        Detach(node);
        tail!.Next = node;
        node.Previous = tail;
        node.Next = null;
        tail = node;
    }

    private void MoveToHead(Node node)
    {
        if (node == head)
        {
            return;
        }

        if (node == tail)
        {
            tail = node.Previous;
        }

        Detach(node);
        head!.Previous = node;
        node.Next = head;
        node.Previous = null;
        head = node;
    }

    private void Unlink(Node node)
    {
        if (node == head)
        {
            head = node.Next;
        }

        if (node == tail)
        {
            tail = node.Previous;
        }

        node.Active = false;
        Detach(node);
        node.Next = null;
        node.Previous = null;
    }

    private static void Detach(Node node)
    {
        if (node.Previous is not null)
        {
            node.Previous.Next = node.Next;
        }

        if (node.Next is not null)
        {
            node.Next.Previous = node.Previous;
        }
    }
}
