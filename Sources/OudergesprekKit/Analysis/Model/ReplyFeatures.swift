/// What the marker model sees of a reply: its words, its word pairs, its first word, whether it asks, and what
/// the rules found. Each feature is a key, hashed (`FeatureKey`) so the hot path builds no strings, with the range
/// of the reply's words behind it, so a finding can name them.
public struct ReplyFeatures: Sendable {
  /// The reply in lower case; the words are ranges in it.
  let folded: String
  /// The words: letters, digits and apostrophes, and "?" and "!" as words of their own.
  let words: [Range<String.Index>]
  /// The features that are not words (rule hits, the question mark, the bias), by name.
  let others: [String]
  /// Per feature: its key's hash, and the range of words it covers (empty for the others).
  let keys: [UInt64]
  let spans: [Range<Int>]

  /// The features of `text`, with the rules' findings `rules` for that text.
  public init(text: String, rules: ReplyAnalysis) {
    folded = text.lowercased()
    words = Self.words(of: folded)
    var others: [String] = []
    if text.last(where: { !$0.isWhitespace }) == "?" { others.append("vraag") }
    for marker in rules.markers { others += [FeatureKey.rule(marker), FeatureKey.family(marker.family)] }
    for part in rules.iMessageParts { others.append(FeatureKey.part(part)) }
    if rules.markers.isEmpty { others.append("regel:geen") }
    others.append("basis")
    self.others = others
    var keys: [UInt64] = []
    var spans: [Range<Int>] = []
    keys.reserveCapacity(words.count * 2 + others.count + 1)
    spans.reserveCapacity(words.count * 2 + others.count + 1)
    for index in words.indices {
      keys.append(FeatureKey.hash("w:", folded[words[index]]))
      spans.append(index..<index + 1)
    }
    for index in words.indices.dropLast() {
      keys.append(FeatureKey.hash("p:", folded[words[index]], folded[words[index + 1]]))
      spans.append(index..<index + 2)
    }
    if let first = words.first {
      keys.append(FeatureKey.hash("begin:", folded[first]))
      spans.append(0..<1)
    }
    for name in others {
      keys.append(FeatureKey.hash(name))
      spans.append(0..<0)
    }
    self.keys = keys
    self.spans = spans
  }

  /// The keys in full, in the order of `keys`: for training, which may build strings.
  var keyStrings: [String] {
    var names: [String] = []
    for index in words.indices { names.append("w:" + folded[words[index]]) }
    for index in words.indices.dropLast() {
      names.append("p:" + folded[words[index]] + " " + folded[words[index + 1]])
    }
    if let first = words.first { names.append("begin:" + folded[first]) }
    return names + others
  }

  /// The words a feature covers, as the reply has them in lower case; nil for a rule hit.
  func words(of feature: Int) -> String? {
    let span = spans[feature]
    guard !span.isEmpty else { return nil }
    return span.map { String(folded[words[$0]]) }.joined(separator: " ")
  }

  /// The ranges of the words of `text`.
  static func words(of text: String) -> [Range<String.Index>] {
    var words: [Range<String.Index>] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character.isLetter || character.isNumber || character == "'" {
        if start == nil { start = index }
      } else {
        if let begun = start { words.append(begun..<index) }
        start = nil
        if character == "?" || character == "!" { words.append(index..<next) }
      }
      index = next
    }
    if let begun = start { words.append(begun..<text.endIndex) }
    return words
  }
}
