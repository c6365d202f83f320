/// How one indicator value was computed: its formula, its inputs and the parameters it used.
public struct TraceEntry: Sendable, Hashable, Codable {
  /// One named input of the formula; `indicator` links to the entry that computed it.
  public struct Input: Sendable, Hashable, Codable {
    /// The input's name in the formula, such as "short-stay migrants at peak".
    public var name: String
    /// The input's value, in `unit`.
    public var value: Double
    /// The input's unit.
    public var unit: Unit
    /// The indicator that computed the input; `nil` when it is not an indicator (an input of the
    /// establishment file, say).
    public var indicator: IndicatorID?
    /// The year of the linked entry when it is not the entry's own: the year before, for a
    /// growth since last year; `nil` for the same year.
    public var year: Int? = nil
  }

  /// The indicator computed.
  public var indicator: IndicatorID
  /// The year it was computed for.
  public var year: Int
  /// The result, in `unit`.
  public var value: Double
  /// The result's unit.
  public var unit: Unit
  /// Which formula computed the value; the Reports target words it (`TraceFormulas`).
  public var formula: FormulaKey
  /// The named inputs of the formula, in order.
  public var inputs: [Input]
  /// The catalogue parameters the formula read.
  public var parameters: [ParameterID]
}
