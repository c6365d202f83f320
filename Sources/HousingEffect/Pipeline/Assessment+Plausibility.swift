/// Warnings for results that are possible but more likely a mistake in the input: the kind a
/// reader cannot see from the report alone (a floor area typed a thousand times too small or
/// large, a start year the catalogue's figures do not reach).
extension Assessment {
  /// The share of the host population above which an establishment's newcomers (labour
  /// migrants, their families and relocating recruits living in the host municipality) draw a
  /// warning: 10 %.
  ///
  /// An assumption, documented in Docs/diagnostics.md: Limburg as a whole expects about
  /// 96,000–112,000 working labour migrants in 2030 (`region.limburg.labourMigrants2030Low`
  /// and `High`) on about 1.1 million inhabitants, some 9–10 %. One establishment adding more
  /// than the whole province's share to one municipality is possible (a large site in a small
  /// municipality) but is more often a size typed wrongly, so it is said, never refused.
  public static let newcomerWarningShare = 0.10

  /// `newcomersLargeForHost` when the newcomers living in the host municipality exceed
  /// `newcomerWarningShare` of its population in some year, and `startYearOutsideCatalogue`
  /// when the start year lies outside the years the catalogue's values are dated in.
  public func plausibilityWarnings(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    let population = region.population
    if population > 0,
      let peak = facilities.years.max(by: { $0.residentsHost < $1.residentsHost }),
      peak.residentsHost > Self.newcomerWarningShare * population
    {
      let share = (peak.residentsHost / population * 1_000).rounded() / 10
      warnings.append(
        .warning(
          .newcomersLargeForHost, at: "size",
          "In \(peak.year) about \(EstablishmentLoader.formatNumber(peak.residentsHost.rounded())) "
            + "newcomers would live in \(region.name), \(EstablishmentLoader.formatNumber(share))% "
            + "of its \(EstablishmentLoader.formatNumber(population)) inhabitants (warning above "
            + "\(EstablishmentLoader.formatNumber(Self.newcomerWarningShare * 100))%). Check "
            + "the establishment's size (jobs, floor area or hectares) and its municipality."))
    }
    let span = catalog.datedYears
    if !span.contains(establishment.startYear) {
      warnings.append(
        .warning(
          .startYearOutsideCatalogue, at: "startYear",
          "The start year \(establishment.startYear) lies outside the years the catalogue's "
            + "values are dated in (\(span.lowerBound)–\(span.upperBound)); the figures nearest "
            + "in time are used as they are. Check the start year, or set the values that will "
            + "have changed by then in 'overrides'."))
    }
    return warnings
  }
}
