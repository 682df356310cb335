/// What the marker model sees of a reply: its words, its word pairs, its first word, whether it asks, and what
/// the rules found. Each feature is a key, hashed (`FeatureKey`) so the hot path builds no strings, with the range
/// of the reply's words behind it, so a finding can name them.
public struct ReplyFeatures: Sendable {
  /// The reply in lower case; the words are ranges of its UTF-8 bytes.
  let folded: String
  /// The words: letters, digits and apostrophes, and "?" and "!" as words of their own, as byte offsets in
  /// `folded`.
  let words: [Range<Int>]
  /// What the features that are not words come from: the question mark and the rules' findings.
  let asks: Bool
  let ruleMarkers: [Marker]
  let ruleParts: [IMessagePart]
  /// Per feature: its key's hash, and the range of words it covers (empty for the others).
  let keys: [UInt64]
  let spans: [Range<Int>]

  /// The features of `text`, with the rules' findings `rules` for that text.
  public init(text: String, rules: ReplyAnalysis) {
    var folded = Self.asciiLowercased(text) ?? text.lowercased()
    words = Self.words(of: folded)
    asks = text.last(where: { !$0.isWhitespace }) == "?"
    ruleMarkers = rules.markers
    ruleParts = rules.iMessageParts
    // The hashes of the other features come from tables: no name is built per reply.
    var otherKeys: [UInt64] = asks ? [FeatureKey.asksHash] : []
    for marker in ruleMarkers { otherKeys += [FeatureKey.ruleHash(marker), FeatureKey.familyHash(marker.family)] }
    for part in ruleParts { otherKeys.append(FeatureKey.partHash(part)) }
    if ruleMarkers.isEmpty { otherKeys.append(FeatureKey.noRuleHash) }
    otherKeys.append(FeatureKey.biasHash)
    var keys: [UInt64] = []
    var spans: [Range<Int>] = []
    keys.reserveCapacity(words.count * 2 + otherKeys.count + 1)
    spans.reserveCapacity(words.count * 2 + otherKeys.count + 1)
    // The words hashed from the folded reply's UTF-8 bytes: no Substring per word.
    let offsets = words
    folded.withUTF8 { bytes in
      func word(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[offsets[index]]) }
      for index in offsets.indices {
        keys.append(FeatureKey.hash("w:", word(index)))
        spans.append(index..<index + 1)
      }
      for index in offsets.indices.dropLast() {
        keys.append(FeatureKey.hash("p:", word(index), word(index + 1)))
        spans.append(index..<index + 2)
      }
      if !offsets.isEmpty {
        keys.append(FeatureKey.hash("begin:", word(0)))
        spans.append(0..<1)
      }
    }
    self.folded = folded
    keys += otherKeys
    spans += Array(repeating: 0..<0, count: otherKeys.count)
    self.keys = keys
    self.spans = spans
  }

  /// The names of the features that are not words, in the order of `keys`.
  var others: [String] {
    var names: [String] = asks ? [FeatureKey.asks] : []
    for marker in ruleMarkers { names += [FeatureKey.rule(marker), FeatureKey.family(marker.family)] }
    for part in ruleParts { names.append(FeatureKey.part(part)) }
    if ruleMarkers.isEmpty { names.append(FeatureKey.noRule) }
    names.append(FeatureKey.bias)
    return names
  }

  /// The keys in full, in the order of `keys`: for training, which may build strings.
  var keyStrings: [String] {
    var names: [String] = []
    for index in words.indices { names.append("w:" + word(index)) }
    for index in words.indices.dropLast() { names.append("p:" + word(index) + " " + word(index + 1)) }
    if !words.isEmpty { names.append("begin:" + word(0)) }
    return names + others
  }

  /// The words a feature covers, as the reply has them in lower case; nil for a rule hit.
  func words(of feature: Int) -> String? {
    let span = spans[feature]
    guard !span.isEmpty else { return nil }
    return span.map(word).joined(separator: " ")
  }

  /// The word at `index`, as the reply has it in lower case.
  private func word(_ index: Int) -> String {
    let utf8 = folded.utf8
    let range = words[index]
    return String(
      decoding: utf8[
        utf8.index(
          utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
            utf8.startIndex, offsetBy: range.upperBound)], as: UTF8.self)
  }

  /// `text` in lower case when it is ASCII (A-Z to a-z, as `lowercased()` has it), nil when it is not.
  private static func asciiLowercased(_ text: String) -> String? {
    var bytes = Array(text.utf8)
    for index in bytes.indices {
      let byte = bytes[index]
      guard byte < 0x80 else { return nil }
      if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The words of `text`, as offsets of its UTF-8 bytes.
  static func words(of text: String) -> [Range<Int>] {
    if let words = asciiWords(of: text) { return words }
    let utf8 = text.utf8
    return characterWords(of: text).map { word in
      utf8.distance(
        from: utf8.startIndex, to: word.lowerBound)..<utf8.distance(
          from: utf8.startIndex, to: word.upperBound)
    }
  }

  /// The ranges of the words of `text`, read by Character.
  private static func characterWords(of text: String) -> [Range<String.Index>] {
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

  /// The ranges of the words of `text` as `words(of:)` finds them, read byte by byte when `text` is ASCII (where a
  /// letter is A-Z or a-z and a number 0-9, as `Character` has them), so most replies meet no grapheme breaking;
  /// nil when it is not ASCII.
  private static func asciiWords(of text: String) -> [Range<Int>]? {
    var text = text
    return text.withUTF8 { bytes -> [Range<Int>]? in
      var words: [Range<Int>] = []
      var start = -1
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        let lower = byte | 0x20
        if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
          || byte == UInt8(ascii: "'")
        {
          if start < 0 { start = index }
        } else {
          if start >= 0 { words.append(start..<index) }
          start = -1
          if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") { words.append(index..<index + 1) }
        }
      }
      if start >= 0 { words.append(start..<bytes.count) }
      return words
    }
  }
}
