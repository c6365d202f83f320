/// What a Monte Carlo row is filled from: an ``Assessment``, or a draw's stages without one
/// (`Assessment.Stages`). Both read the key indicators through
/// `Assessment.writeKeyIndicators(at:staffing:workforce:migration:households:housing:facilities:welfare:into:)`.
protocol KeyIndicatorSource {
  /// The position of `year` in every stage's `years`, if it is on the timeline.
  func index(of year: Int) -> Int?
  /// Writes the key indicators at position `index` of the timeline into `row`.
  func writeKeyIndicators(at index: Int, into row: UnsafeMutableBufferPointer<Double>)
}

extension Assessment: KeyIndicatorSource {}
extension Assessment.Stages: KeyIndicatorSource {}
