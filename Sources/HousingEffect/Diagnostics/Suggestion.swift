/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `input`, when it is close enough to be a plausible typo.
  ///
  /// Case is ignored. The threshold is a third of the input's length, at least 2; inputs of
  /// three characters or fewer allow one edit only, so `de` does not suggest `nl`.
  public static func closest(to input: String, in candidates: some Sequence<String>) -> String? {
    let needle = input.lowercased()
    let threshold = needle.count <= 3 ? 1 : max(2, needle.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(needle, candidate.lowercased())
      if distance <= threshold, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Levenshtein distance between two strings, by characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (i, ca) in a.enumerated() {
      current[0] = i + 1
      for (j, cb) in b.enumerated() {
        current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
