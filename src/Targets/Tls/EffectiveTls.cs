namespace Mibc.Targets.Tls;

/// <summary>The box's TLS settings with the profile applied and box.mib's overrides on top, per listener class.</summary>
/// <param name="Mandatory">The settings of listeners that carry credentials: 587, 465, 993, 995, 443.</param>
/// <param name="Opportunistic">The settings of port 25 and outbound SMTP.</param>
public sealed record EffectiveTls(ListenerTls Mandatory, OpportunisticTls Opportunistic);
