/// The baseline and each alternative of a study side by side: every key indicator with its
/// difference from the baseline, and the broad-welfare scorecard, for the baseline's
/// full-operation year and optionally one chosen year.
///
/// Each establishment runs through the same pipeline (`Assessment`); nothing is recomputed
/// here. Differences are `alternative − baseline`; the relative difference divides by the
/// baseline (see ``Cell/deltaShare``).
public struct Comparison: Sendable {
  /// One alternative's value of an indicator next to the baseline's.
  public struct Cell: Sendable, Hashable {
    /// The alternative's name.
    public var name: String
    /// The baseline's value, in the row's unit.
    public var baseline: Double
    /// The alternative's value, in the row's unit.
    public var alternative: Double
    /// `alternative − baseline`, from the unrounded values.
    public var delta: Double
    /// `delta ÷ baseline`; `0` when nothing changed, `nil` when the baseline is 0 and the
    /// alternative is not (no finite relative change) [share].
    public var deltaShare: Double?

    /// A cell; the difference and relative difference are computed from the two values.
    public init(name: String, baseline: Double, alternative: Double) {
      self.name = name
      self.baseline = baseline
      self.alternative = alternative
      delta = alternative - baseline
      deltaShare = delta == 0 ? 0 : (baseline == 0 ? nil : delta / baseline)
    }
  }

  /// One key indicator across the baseline and the alternatives.
  public struct Row: Sendable, Hashable {
    /// The key indicator.
    public var id: IndicatorID
    /// The indicator's unit.
    public var unit: Unit
    /// The baseline's value, in `unit`.
    public var baseline: Double
    /// In the order of ``Comparison/alternatives``.
    public var cells: [Cell]
  }

  /// One scorecard indicator of one run.
  public struct Rating: Sendable, Hashable {
    /// `baseline` or the alternative's name.
    public var name: String
    /// The indicator's value; `nil` when it cannot be computed (the rating is then `unknown`).
    public var value: Double?
    /// The scorecard rating of the value.
    public var rating: Welfare.Rating
  }

  /// One scorecard indicator across the baseline and the alternatives.
  public struct WelfareRow: Sendable, Hashable {
    /// The scorecard indicator.
    public var id: IndicatorID
    /// The broad-welfare dimension: here and now, later or elsewhere.
    public var dimension: Welfare.Dimension
    /// The CBS well-being theme the indicator belongs to, such as `housing` or `work`.
    public var theme: String
    /// The indicator's unit.
    public var unit: Unit
    /// The baseline's value and rating.
    public var baseline: Rating
    /// In the order of ``Comparison/alternatives``.
    public var alternatives: [Rating]
  }

  /// The comparison for one calendar year.
  public struct Year: Sendable, Hashable {
    /// The calendar year.
    public var year: Int
    /// Whether this is the baseline's full-operation year.
    public var isFullOperation: Bool
    /// Whether this is the year asked for with `year:`.
    public var isChosen: Bool
    /// Every key indicator, in ``Assessment/keyIndicatorIDs`` order.
    public var rows: [Row]
    /// The broad-welfare scorecard, indicator by indicator.
    public var welfare: [WelfareRow]
  }

  /// The study, with every alternative made concrete.
  public var study: ResolvedStudy
  /// The alternatives compared, in the study's order.
  public var alternatives: [ResolvedAlternative]
  /// The baseline's run, its timeline extended to the last year compared.
  public var baseline: Assessment
  /// The alternatives' runs, in the order of ``alternatives``.
  public var assessments: [Assessment]
  /// The baseline's full-operation year: the headline year for every alternative.
  public var fullOperationYear: Int
  /// The year asked for besides the full-operation year; `nil` when none was.
  public var chosenYear: Int?
  /// The full-operation year, then the chosen year when it differs.
  public var years: [Year]

  /// Runs the baseline and the alternatives and lines them up.
  ///
  /// - Parameters:
  ///   - study: The resolved study.
  ///   - names: The alternatives to compare, by name; `nil` compares all (unknown names are
  ///     skipped: the command line checks them first).
  ///   - region: The baseline's host municipality.
  ///   - catalog: The catalogue the study runs with.
  ///   - year: A year to compare besides the full-operation year.
  /// - Throws: ``ComparisonError`` when `year` is off the model's timeline.
  public init(
    _ study: ResolvedStudy, only names: [String]? = nil, region: HostRegion,
    catalog: ParameterCatalog = .standard, year: Int? = nil
  ) throws(ComparisonError) {
    let alternatives = study.alternatives.filter { names?.contains($0.name) ?? true }
    let headline = Comparison.assessment(study.baseline, region: region, catalog: catalog)
    let fullYear = headline.fullOperationYear
    let firstYear = headline.years.first ?? fullYear
    let lastYear = EstablishmentLoader.yearWindow.upperBound
    if let year, year < firstYear {
      throw .yearBeforeTimeline(year: year, firstYear: firstYear)
    }
    if let year, year > lastYear {
      throw .yearBeyondHorizon(year: year, lastYear: lastYear)
    }
    let through = max(fullYear, year ?? fullYear)
    let baseline =
      through > headline.staffing.lastYear
      ? Comparison.assessment(study.baseline, region: region, catalog: catalog, through: through)
      : headline
    let assessments = alternatives.map {
      Comparison.assessment($0.establishment, region: region, catalog: catalog, through: through)
    }
    self.study = study
    self.alternatives = alternatives
    self.baseline = baseline
    self.assessments = assessments
    fullOperationYear = fullYear
    chosenYear = year
    var years = [fullYear]
    if let year, year != fullYear { years.append(year) }
    self.years = years.map { calendarYear in
      Comparison.compare(
        year: calendarYear, baseline: baseline, alternatives: alternatives,
        assessments: assessments, isFullOperation: calendarYear == fullYear,
        isChosen: calendarYear == year)
    }
  }

  /// The comparison for the full-operation year.
  public var fullOperation: Year? { years.first { $0.isFullOperation } }

  /// The comparison for the chosen year, which may be the full-operation year.
  public var chosen: Year? { years.first { $0.isChosen } }

  /// The run of `establishment` with the catalogue defaults, its timeline extended to at least
  /// `year` (see ``Assessment/init(_:region:parameters:through:)``).
  public static func assessment(
    _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog = .standard,
    through year: Int? = nil
  ) -> Assessment {
    Assessment(
      establishment, region: region,
      parameters: ParameterSet(catalog: catalog, asOf: establishment.referenceDay), through: year)
  }

  private static func compare(
    year: Int, baseline: Assessment, alternatives: [ResolvedAlternative],
    assessments: [Assessment], isFullOperation: Bool, isChosen: Bool
  ) -> Year {
    let base = baseline.keyIndicators(year: year)
    let others = assessments.map { assessment in
      Dictionary(
        assessment.keyIndicators(year: year).map { ($0.id, $0.value) },
        uniquingKeysWith: { first, _ in first })
    }
    let rows = base.map { indicator in
      Row(
        id: indicator.id, unit: indicator.unit, baseline: indicator.value,
        cells: zip(alternatives, others).map { alternative, values in
          Cell(
            name: alternative.name, baseline: indicator.value,
            alternative: values[indicator.id] ?? 0)
        })
    }
    func scorecard(_ assessment: Assessment) -> [Welfare.Indicator] {
      assessment.index(of: year).map { assessment.welfare.years[$0].indicators } ?? []
    }
    let alternativeCards = assessments.map(scorecard)
    let welfare = scorecard(baseline).map { indicator in
      WelfareRow(
        id: indicator.id, dimension: indicator.dimension, theme: indicator.theme,
        unit: indicator.unit,
        baseline: Rating(
          name: Study.baselineName, value: indicator.value, rating: indicator.rating),
        alternatives: zip(alternatives, alternativeCards).map { alternative, card in
          let match = card.first { $0.id == indicator.id }
          return Rating(
            name: alternative.name, value: match?.value, rating: match?.rating ?? .unknown)
        })
    }
    return Year(
      year: year, isFullOperation: isFullOperation, isChosen: isChosen, rows: rows,
      welfare: welfare)
  }
}
