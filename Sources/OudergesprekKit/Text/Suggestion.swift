/// Finds the word a user probably meant, for "bedoelt u …?" hints.
public enum Suggestion {
  /// The closest candidate within a small edit distance, or nil.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let word = word.lowercased()
    let limit = max(1, min(3, word.count / 3))
    let length = word.count
    var best: (String, Int)?
    // Words whose lengths differ by more than the limit are further apart than it: skipped without the
    // quadratic distance, so a very long word costs time linear in its length.
    for candidate in candidates where abs(candidate.count - length) <= limit {
      let distance = editDistance(word, candidate.lowercased())
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// The Levenshtein distance between two words.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
