/// A proxy key that spreads a Limburg total of labour migrants over its 31 municipalities.
///
/// No public source gives a labour-migrant count of one concept for all 31 municipalities
/// (`Docs/region-data.md`, "Distribution key"), so both keys here are **proxies**, generated
/// from `Docs/data/limburg-distribution-key.csv` (written by
/// `Docs/data/make-distribution-key.py`):
///
/// - ``Entry/populationShare``: the municipality's share of Limburg's registered population on
///   1 January 2024 (CBS StatLine 85984NED). Puts 53 % in Zuid-Limburg, about twice the known
///   share.
/// - ``Entry/regionAnchoredShare`` (recommended): Zuid-Limburg gets its 2018 share of the
///   Decisio monitor (15,400 of 64,200 labour migrants, 24.0 %), Noord- and Midden-Limburg share
///   the rest by population, and within each region municipalities share by population.
///
/// Known biases of both: population stands in for where labour migrants work or live, so
/// municipalities with large agricultural, logistics or agency employment (Venray, Horst aan de
/// Maas, Peel en Maas, Venlo) get too little and urban municipalities (Maastricht, Heerlen,
/// Sittard-Geleen) too much; short-stay and RNI-registered workers are nowhere in the
/// population figure; the Noord/Midden split is not sourced. The shares are not wired into the
/// projection.
public enum LimburgDistributionKey {
  /// One municipality's shares; each column sums to 1 over the 31 municipalities.
  public struct Entry: Sendable, Hashable {
    /// CBS municipality code, `GM0983`.
    public let code: String
    /// The municipality's name as CBS writes it.
    public let name: String
    /// Share of Limburg's population on 1 January 2024.
    public let populationShare: Double
    /// Zuid-Limburg anchored on Decisio 2018, the rest by population.
    public let regionAnchoredShare: Double
  }

  /// What the key stands for, its year and sources, for reports and `regions`.
  public static let concept =
    "proxy: share of Limburg's registered population (CBS 85984NED, 1 January 2024), with Zuid-Limburg anchored on its 2018 share of labour migrants (Decisio monitor: 15,400 of 64,200)"

  /// The entry of the municipality with CBS code `code`.
  public static func entry(code: String) -> Entry? {
    entries.first { $0.code == code }
  }
}
