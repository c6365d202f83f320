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

  /// Jobs at full operation below which a size draws `sizeImplausiblySmall`: 10 FTE.
  ///
  /// An assumption, documented in Docs/diagnostics.md: an effect report is for an
  /// establishment that recruits labour migrants in numbers; one with fewer than ten jobs is
  /// rare, while a Dutch thousands separator in a JSON number (`"floorAreaM2": 50.000`, read as
  /// 50 m²) gives exactly such a size. Said, never refused.
  public static let smallSizeWarningFTE = 10.0

  /// `sizeImplausiblySmall` when the establishment's size gives fewer than
  /// ``smallSizeWarningFTE`` jobs at full operation, at the size field, suggesting the size
  /// a thousand times larger (what `50.000` meant when typed with a Dutch thousands separator).
  public func smallSizeWarnings() -> [Diagnostic] {
    let size = establishment.size
    let fte = staffing.fullOperationFTE
    guard fte < Self.smallSizeWarningFTE, size.amount > 0 else { return [] }
    let (field, shown): (String, String) =
      switch size {
      case .jobs(let jobs): ("jobs", "\(EstablishmentLoader.formatNumber(jobs)) jobs")
      case .floorArea(let area):
        ("floorAreaM2", "\(EstablishmentLoader.formatNumber(area)) m² of floor area")
      case .hectares(let area): ("hectares", "\(EstablishmentLoader.formatNumber(area)) ha")
      }
    let derived =
      size.basis == .jobs
      ? ""
      : " gives \(EstablishmentLoader.formatNumber((fte * 100).rounded() / 100)) FTE at full "
        + "operation and"
    let article = establishment.type.englishNameWithArticle
    let what = article.prefix(1).lowercased() + article.dropFirst()
    // The thousand-fold size is suggested only where it would be a plausible size itself;
    // otherwise the slip is something else (a unit, a typing error), and no number is offered.
    let hint =
      fte * 1_000 >= Self.smallSizeWarningFTE
      ? "A Dutch thousands separator in a JSON number is read as a decimal point: did you "
        + "mean \(EstablishmentLoader.formatNumber(size.amount * 1_000))?"
      : "Check the size and its unit."
    return [
      .warning(
        .sizeImplausiblySmall, at: "size.\(field)",
        "The size \(shown)\(derived) is implausibly small for \(what) (warning below "
          + "\(EstablishmentLoader.formatNumber(Self.smallSizeWarningFTE)) jobs). \(hint)")
    ]
  }

  /// `newcomersLargeForHost` when the newcomers living in the host municipality exceed
  /// `newcomerWarningShare` of its population in some year, and `startYearOutsideCatalogue`
  /// when the start year lies outside the years the catalogue's values are dated in.
  public func plausibilityWarnings(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    var warnings = smallSizeWarnings()
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
