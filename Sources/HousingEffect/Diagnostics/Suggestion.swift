/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The most candidates of a fitting length one suggestion compares a name with.
  public static let maximumComparisons = 1_000
  /// The longest input (in bytes) that gets a suggestion.
  public static let maximumLength = 200
  /// The candidate closest to `input`, when it is close enough to be a plausible typo.
  ///
  /// Case is ignored. The threshold is a third of the input's length, at least 2; inputs of
  /// three characters or fewer allow one edit only, so `de` does not suggest `nl`. Distances
  /// count Unicode scalars, so an accent typed as a combining mark is one edit more than a
  /// precomposed one; names are compared as the user typed them.
  public static func closest(to input: String, in candidates: some Sequence<String>) -> String? {
    // A name longer than any real key, id or municipality gets no suggestion: the edit
    // distance costs the product of the lengths.
    guard input.utf8.count <= maximumLength else { return nil }
    let needle = Array(input.lowercased().unicodeScalars)
    let threshold = needle.count <= 3 ? 1 : max(2, needle.count / 3)
    var best: (candidate: String, distance: Int)?
    var compared = 0
    for candidate in candidates {
      // Bounded work: a name is compared with at most this many candidates of a fitting
      // length, so a suggestion never costs more than a fixed amount.
      guard compared < maximumComparisons else { break }
      let limit = min(threshold, (best?.distance ?? Int.max) - 1)
      guard limit >= 0 else { break }
      let other = Array(candidate.lowercased().unicodeScalars)
      guard abs(other.count - needle.count) <= limit else { continue }
      compared += 1
      if let distance = editDistance(needle, other, limit: limit) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Levenshtein distance between two strings, by Unicode scalars.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    return editDistance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
  }

  /// The Levenshtein distance when it is at most `limit`, else `nil`.
  ///
  /// Stops as soon as every entry of a row exceeds `limit` (the distance can only grow from
  /// there), and skips the work entirely when the lengths alone differ by more; so a long
  /// misspelt key costs little against a long list of names.
  static func editDistance(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int
  ) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (i, ca) in a.enumerated() {
      current[0] = i + 1
      var rowMinimum = current[0]
      for (j, cb) in b.enumerated() {
        let value = Swift.min(
          previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
        current[j + 1] = value
        rowMinimum = Swift.min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
