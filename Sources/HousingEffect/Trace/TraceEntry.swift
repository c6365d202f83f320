/// How one indicator value was computed: its formula, its inputs and the parameters it used.
public struct TraceEntry: Sendable, Hashable, Codable {
  /// One named input of the formula; `indicator` links to the entry that computed it.
  public struct Input: Sendable, Hashable, Codable {
    public var name: String
    public var value: Double
    public var unit: Unit
    public var indicator: IndicatorID?
    /// The year of the linked entry when it is not the entry's own: the year before, for a
    /// growth since last year; `nil` for the same year.
    public var year: Int? = nil
  }

  public var indicator: IndicatorID
  public var year: Int
  public var value: Double
  public var unit: Unit
  /// Which formula computed the value; the Reports target words it (`TraceFormulas`).
  public var formula: FormulaKey
  public var inputs: [Input]
  public var parameters: [ParameterID]
}
