/// What the marker model sees of a reply: its words, its word pairs, its first word, whether it asks, and what
/// the rules found. Each feature keeps the words of the reply it came from, so a finding can name them.
public struct ReplyFeatures: Sendable, Equatable {
  /// One feature: a key the model has a weight for, and the reply's words behind it (nil for rule hits).
  public struct Feature: Sendable, Equatable {
    public var key: String
    public var words: String?
  }

  /// The features, in the order of the reply; a key can occur more than once.
  public var features: [Feature]

  /// The features of `text`, with the rules' findings `rules` for that text.
  public init(text: String, rules: ReplyAnalysis) {
    let words = Self.words(of: text)
    var features: [Feature] = []
    features.reserveCapacity(words.count * 2 + rules.markers.count * 2 + 4)
    for word in words { features.append(Feature(key: "w:" + word, words: word)) }
    for index in words.indices.dropLast() {
      let pair = words[index] + " " + words[index + 1]
      features.append(Feature(key: "p:" + pair, words: pair))
    }
    if let first = words.first { features.append(Feature(key: "begin:" + first, words: first)) }
    if text.last(where: { !$0.isWhitespace }) == "?" { features.append(Feature(key: "vraag", words: nil)) }
    for marker in rules.markers {
      features.append(Feature(key: "regel:" + marker.rawValue, words: nil))
      features.append(Feature(key: "familie:" + marker.family.rawValue, words: nil))
    }
    for part in rules.iMessageParts { features.append(Feature(key: "deel:" + part.rawValue, words: nil)) }
    if rules.markers.isEmpty { features.append(Feature(key: "regel:geen", words: nil)) }
    features.append(Feature(key: "basis", words: nil))
    self.features = features
  }

  /// The reply's words in lower case (letters, digits and apostrophes), with "?" and "!" as words of their own.
  static func words(of text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "'" {
        current.append(character)
        continue
      }
      if !current.isEmpty { words.append(current) }
      current = ""
      if character == "?" || character == "!" { words.append(String(character)) }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
