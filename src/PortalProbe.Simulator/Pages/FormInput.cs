using Microsoft.AspNetCore.Http;

namespace PortalProbe.Simulator.Pages;

/// <summary>Reads a posted form without ever letting a malformed body become a 500.</summary>
internal static class FormInput
{
    /// <summary>The longest value kept from one field; anything longer is cut, so nothing huge is echoed back.</summary>
    public const int MaxFieldLength = 4000;

    /// <summary>The form, or null when the request is not a form or its body cannot be read as one.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return null; // e.g. multipart without a boundary, too many fields, a value too long
        }
        catch (BadHttpRequestException)
        {
            return null; // e.g. a body over the size limit or a broken chunked encoding
        }
    }

    /// <summary>The field's first value, trimmed and capped; empty when absent.</summary>
    public static string Value(IFormCollection form, string name)
    {
        var value = form[name].FirstOrDefault()?.Trim() ?? string.Empty;
        return value.Length > MaxFieldLength ? value[..MaxFieldLength] : value;
    }
}
