/// A compiled cue pattern: a short sequence of word conditions, matched against the words of one sentence.
///
/// Notation (words separated by spaces; lexicon words are normalised like replies, so `geïrriteerd` and
/// `geirriteerd` are the same):
/// - `woord`: exactly this word; `a|b|c`: one of these; `@klasse`: a word of that word class;
///   `@naam`: a capitalised name; `voor*`: a word starting with `voor`; `*ouder`: a word ending in `ouder`.
/// - `woord?`: optional (also `a|b?`, `@klasse?`).
/// - `...`: up to eight words of anything.
/// - `^` first: the match starts at the start of the sentence (after a name and comma, or "en", "oké").
/// - `$` last: the match ends at the end of the sentence.
struct CuePattern: Sendable {
  /// One position in the pattern.
  struct Element: Sendable {
    enum Kind: Sendable {
      case word
      case gap(Int)
    }
    var kind: Kind
    /// Bit set over vocabulary ids.
    var bits: [UInt64] = []
    /// The vocabulary ids, until `finish` turns them into `bits`.
    var bitIDs: [Int32] = []
    var prefixes: [String] = []
    var suffixes: [String] = []
    var acceptsName = false
    var optional = false

    /// Whether the element only matches words by id (so it can be indexed).
    var isIndexable: Bool { prefixes.isEmpty && suffixes.isEmpty && !acceptsName }

    @inline(__always)
    func matches(_ token: TextToken) -> Bool {
      let id = Int(token.id)
      if id >= 0, bits[id >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
      if acceptsName && token.isName { return true }
      for prefix in prefixes where token.word.hasPrefix(prefix) && token.word.utf8.count > prefix.utf8.count {
        return true
      }
      for suffix in suffixes where token.word.hasSuffix(suffix) && token.word.utf8.count > suffix.utf8.count {
        return true
      }
      return false
    }
  }

  var elements: [Element]
  var anchoredAtStart: Bool
  var anchoredAtEnd: Bool
  /// Whether the pattern itself names a negation word (then a negation does not cancel its match).
  var mentionsNegation: Bool
  /// The source text, for error messages.
  var source: String

  /// The end (exclusive) of a match starting at token `start`, or nil.
  func match(_ tokens: [TextToken], at start: Int) -> Int? {
    match(tokens, element: 0, token: start)
  }

  private func match(_ tokens: [TextToken], element: Int, token: Int) -> Int? {
    if element == elements.count {
      return !anchoredAtEnd || token == tokens.count ? token : nil
    }
    let current = elements[element]
    switch current.kind {
    case .gap(let maximum):
      var skip = 0
      while skip <= maximum && token + skip <= tokens.count {
        if let end = match(tokens, element: element + 1, token: token + skip) { return end }
        skip += 1
      }
      return nil
    case .word:
      if token < tokens.count, current.matches(tokens[token]),
        let end = match(tokens, element: element + 1, token: token + 1)
      {
        return end
      }
      return current.optional ? match(tokens, element: element + 1, token: token) : nil
    }
  }
}
