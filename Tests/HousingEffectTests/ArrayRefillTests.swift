import Testing

@testable import HousingEffect

/// `ArrayRefill` writes a run's elements over an earlier run's (issue 18, design note §71): no
/// element of a longer earlier run may survive, and the memory is kept.
@Suite("Draws: arrays refilled in place")
struct ArrayRefillTests {
  /// Fills `array` with `values` through a refill, as a stage does.
  static func refill(_ array: inout [Int], with values: [Int]) {
    var refill = ArrayRefill(taking: &array)
    #expect(array.isEmpty)
    for value in values { refill.append(value) }
    array = refill.finished()
  }

  @Test("longer, shorter, empty and longer again: exactly the new elements each time")
  func lengthsInTurn() {
    var array: [Int] = []
    for values in [[1, 2, 3, 4, 5], [6, 7], [], [8, 9, 10, 11, 12, 13], [14]] {
      Self.refill(&array, with: values)
      #expect(array == values)
    }
  }

  @Test("a refill no longer than the last one writes into the same memory")
  func sameMemory() {
    var array = [0, 0, 0, 0]
    let before = array.withUnsafeBufferPointer { $0.baseAddress }
    Self.refill(&array, with: [1, 2, 3])
    Self.refill(&array, with: [4, 5, 6, 7])
    #expect(array.withUnsafeBufferPointer { $0.baseAddress } == before)
    #expect(array == [4, 5, 6, 7])
  }
}
