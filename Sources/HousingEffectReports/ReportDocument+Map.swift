import HousingEffect

extension ReportDocument {
  /// A map of the Limburg municipalities, each shaded by one value (a choropleth).
  ///
  /// Like a ``Chart`` it is built once, in the report's language: title, legend title and the
  /// formatted value of every municipality are final text; the raw values only choose the
  /// shade. Only ``HTMLReport`` draws maps (`ChoroplethMap`); text and Markdown leave them out,
  /// so the values belong in a table as well.
  public struct Map: Sendable, Hashable {
    /// One municipality's value.
    public struct Value: Sendable, Hashable {
      /// CBS municipality code (`GM0983`), as in `LimburgMap`.
      public var code: String
      /// The value that chooses the shade; a non-finite value counts as no data.
      public var value: Double
      /// The value as the report's tables print it, for the key and the tooltip.
      public var label: String

      /// One municipality's value: its CBS code, the value for the colour, and its printed label.
      public init(code: String, value: Double, label: String) {
        self.code = code
        self.value = value
        self.label = label
      }
    }

    /// Shown above the map and read out by screen readers.
    public var title: String
    /// What the map shows, in a sentence or two, for screen readers.
    public var description: String
    /// What the values count, above the legend, such as "werkzame arbeidsmigranten, 2030".
    public var legendTitle: String
    /// The values; a municipality of the map without one is drawn as "no data".
    public var values: [Value]
    /// The legend's text for municipalities without a value, such as "geen gegevens".
    public var noData: String
    /// The boundaries' attribution, printed under the key, as the CBS terms of use ask.
    public var credit: String

    /// A map with its title, description for screen readers, key title, values per municipality,
    /// the text for a municipality without a value, and the boundaries' attribution.
    public init(
      title: String, description: String, legendTitle: String, values: [Value], noData: String,
      credit: String
    ) {
      self.title = title
      self.description = description
      self.legendTitle = legendTitle
      self.values = values
      self.noData = noData
      self.credit = credit
    }
  }
}

extension ReportDocument.Map {
  /// The credit the CBS terms ask for under a drawing of the boundaries, in `language`.
  public static func boundariesCredit(_ language: Language) -> String {
    language == .nl
      ? "Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024"
      : "Boundaries: Kadaster / CBS, Wijk- en buurtkaart 2024"
  }
}
