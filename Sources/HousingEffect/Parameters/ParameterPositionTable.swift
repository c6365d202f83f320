/// Where each id of a catalogue sits: an open-addressing hash table keyed by the ids'
/// ``ParameterID/key`` (linear probing, at most a quarter full).
///
/// The way to an id made from text: a model id is found by its ordinal
/// (`ParameterCatalog.position(of:)`). A lookup hashes no string: it reads the bucket the key
/// points at and compares the id found there (key first, text only when the keys agree). The
/// first position of an id wins.
struct ParameterPositionTable: Sendable {
  /// Per bucket, a position in `ids`, or -1 for an empty bucket.
  private let buckets: [Int32]
  private let ids: [ParameterID]
  private let shift: UInt64

  init(_ ids: [ParameterID]) {
    self.ids = ids
    var bits: UInt64 = 4
    while (1 << bits) < 4 * max(1, ids.count) { bits += 1 }
    shift = 64 - bits
    var buckets = [Int32](repeating: -1, count: 1 << bits)
    let mask = (1 << Int(bits)) - 1
    for (position, id) in ids.enumerated() {
      var bucket = ParameterPositionTable.bucket(id.key, shift: shift)
      var duplicate = false
      while buckets[bucket] >= 0 {
        if ids[Int(buckets[bucket])] == id {
          duplicate = true
          break
        }
        bucket = (bucket + 1) & mask
      }
      if !duplicate { buckets[bucket] = Int32(position) }
    }
    self.buckets = buckets
  }

  /// The top bits of the key times a large odd constant (Fibonacci hashing).
  @inline(__always)
  private static func bucket(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The position of `id`, or `nil` when it is not in the table.
  func position(of id: ParameterID) -> Int? {
    let mask = buckets.count - 1
    var bucket = ParameterPositionTable.bucket(id.key, shift: shift)
    while true {
      let entry = Int(buckets[bucket])
      if entry < 0 { return nil }
      let candidate = ids[entry]
      if candidate.key == id.key && candidate.rawValue == id.rawValue { return entry }
      bucket = (bucket + 1) & mask
    }
  }
}
