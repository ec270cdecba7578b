using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PortalProbe.Simulator.Accounts;

/// <summary>The accounts registered on one portal (phone or e-mail), with password hashes only; thread-safe.</summary>
internal sealed class AccountBook
{
    private readonly ConcurrentDictionary<string, byte[]> accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False when the account already exists.</summary>
    public bool TryAdd(string account, string password) => accounts.TryAdd(account, Hash(account, password));

    public bool Exists(string account) => accounts.ContainsKey(account);

    public bool Verify(string account, string password) =>
        accounts.TryGetValue(account, out var hash) && CryptographicOperations.FixedTimeEquals(hash, Hash(account, password));

    private static byte[] Hash(string account, string password) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(account.ToUpperInvariant() + "\n" + password));
}
