import HousingEffect

extension ReportDocument {
  /// A grouped bar chart: for each category (a year, an alternative) one bar per series.
  ///
  /// Like the rest of the document it is built once, in the report's language: titles, legend
  /// and the formatted value of every bar are final text. The raw values only set the bar
  /// heights and the axis.
  public struct Chart: Sendable, Hashable {
    /// One kind of bar, with a value for every category.
    public struct Series: Sendable, Hashable {
      /// The legend entry.
      public var name: String
      /// One value per category; a non-finite value draws no bar.
      public var values: [Double]
      /// The values as the report's tables print them, one per category, for the bar's tooltip.
      public var labels: [String]
      /// The Monte Carlo P10–P90 band per category, drawn as a whisker; `nil` without ranges.
      public var bands: [Percentiles?]? = nil
    }

    /// Shown above the chart and read out by screen readers.
    public var title: String
    /// What the chart shows, in a sentence or two, for screen readers.
    public var description: String
    /// The groups along the horizontal axis, in order.
    public var categories: [String]
    /// The bars per category, one series per legend entry, drawn side by side in this order.
    public var series: [Series]
    /// What the vertical axis counts, such as "aantal".
    public var valueAxisTitle: String
    /// How it is drawn: grouped bars, or a tornado (series 0 = low ends, 1 = high ends), or
    /// over the categories as years: a fan (each series a line in its P10–P90 band) or
    /// stacked areas.
    public var style: Style = .bars
    /// The tornado's centre line: the result with every parameter at its value.
    public var reference: Double? = nil
    /// A visible note under the chart, such as what a whisker over a bar of 0 means.
    public var note: String? = nil

    /// How a chart is drawn; see `style`.
    public enum Style: Sendable, Hashable { case bars, tornado, fan, stackedArea }
  }
}

extension ReportDocument.Block {
  /// Whether this block is a chart or a map, which text and Markdown leave out.
  var isChart: Bool {
    switch self {
    case .chart, .map: true
    default: false
    }
  }
}
