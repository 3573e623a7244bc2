using System.Text.Json.Serialization;

namespace Mibc.Compiler.Verify;

/// <summary>The result of one check against the running box.</summary>
/// <param name="Id">A stable id, such as <c>tls.587.TLSv1.1</c>, for scripts.</param>
/// <param name="Title">What was checked, in words.</param>
/// <param name="Endpoint">Where, such as <c>203.0.113.10:587</c>.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Detail">What was seen, and for a failure what it means.</param>
public sealed record VerifyResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<VerifyStatus>))] VerifyStatus Status,
    [property: JsonPropertyName("detail")] string Detail);
