using System.Collections.Concurrent;
using System.Globalization;
using PortalProbe.Simulator.Clock;

namespace PortalProbe.Simulator.Appeals;

/// <summary>Issues ticket numbers ({prefix}{yyyyMMdd Beijing date}{NNNN}) and remembers the tickets; thread-safe.</summary>
internal sealed class TicketBook(string prefix, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Ticket> tickets = new(StringComparer.OrdinalIgnoreCase);
    private int issued;

    public Ticket Issue(AppealForm appeal)
    {
        var sequence = Interlocked.Increment(ref issued);
        var now = time.GetUtcNow();
        var number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{ChinaTime.ToShanghai(now):yyyyMMdd}{sequence:D4}");
        var ticket = new Ticket(number, appeal.Type, appeal.Title, appeal.Phone, now);
        tickets[number] = ticket;
        return ticket;
    }

    public Ticket? Find(string number) => tickets.GetValueOrDefault(number);
}
