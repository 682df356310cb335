/// A compiled cue pattern: a short sequence of word conditions, matched against the words of one sentence.
///
/// Notation (words separated by spaces; lexicon words are normalised like replies, so `geïrriteerd` and
/// `geirriteerd` are the same):
/// - `woord`: exactly this word; `a|b|c`: one of these; `@klasse`: a word of that word class;
///   `@naam`: a capitalised name; `voor*`: a word starting with `voor`; `*ouder`: a word ending in `ouder`.
/// - `woord?`: optional (also `a|b?`, `@klasse?`).
/// - `...`: up to ten words of anything.
/// - `^` first: the match starts at the start of the sentence (after a name and comma, or "en", "oké").
/// - `$` last: the match ends at the end of the sentence.
///
/// The compiled form holds plain values (bit sets in one array per pattern) and is a class, so matching
/// copies nothing: this is the hot path of `analyseer --json`. It is not changed after the engine's init.
final class CuePattern: @unchecked Sendable {
  /// One position in the pattern.
  struct Element: Sendable {
    /// Up to this many words of anything, or -1 for a word condition.
    var gap = -1
    /// Where this element's bit set starts in `bits`.
    var bitsOffset = 0
    /// The index in `affixes`, or -1 when the element has no prefix or suffix condition.
    var affix = -1
    var acceptsName = false
    var optional = false
  }

  var elements: [Element]
  /// The bit sets over vocabulary ids of all elements, `wordsPerSet` words each.
  var bits: [UInt64] = []
  var wordsPerSet = 0
  /// Prefix and suffix conditions, referenced by `Element.affix`.
  var affixes: [(prefixes: [String], suffixes: [String])] = []
  /// The vocabulary ids per element, until `finish` turns them into `bits`.
  var elementIDs: [[Int32]] = []
  let anchoredAtStart: Bool
  let anchoredAtEnd: Bool
  /// Whether the pattern itself names a negation word (then a negation does not cancel its match).
  let mentionsNegation: Bool
  /// The source text, for error messages.
  let source: String

  init(
    elements: [Element], affixes: [(prefixes: [String], suffixes: [String])], elementIDs: [[Int32]],
    anchoredAtStart: Bool, anchoredAtEnd: Bool, mentionsNegation: Bool, source: String
  ) {
    self.elements = elements
    self.affixes = affixes
    self.elementIDs = elementIDs
    self.anchoredAtStart = anchoredAtStart
    self.anchoredAtEnd = anchoredAtEnd
    self.mentionsNegation = mentionsNegation
    self.source = source
  }

  /// Whether the first element only matches words by id (so the pattern can be indexed by it).
  var firstIsIndexable: Bool { elements[0].affix < 0 && !elements[0].acceptsName }

  /// Whether the first element matches words by id or a name only (indexed by id, and tried at names).
  var firstIsIndexableOrName: Bool { elements[0].affix < 0 && elements[0].acceptsName }

  /// The end (exclusive) of a match starting at word `start`, or nil.
  func match(_ sentence: SentenceWords, at start: Int) -> Int? {
    elements.withUnsafeBufferPointer { elements in
      bits.withUnsafeBufferPointer { bits in
        func accepts(_ element: Element, _ index: Int) -> Bool {
          let id = Int(sentence.ids[index])
          if id >= 0, bits[element.bitsOffset + id >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
          if element.acceptsName && sentence.names[index] { return true }
          if element.affix >= 0 { return acceptsAffix(element.affix, sentence.words[index]) }
          return false
        }
        func step(_ position: Int, _ index: Int) -> Int? {
          if position == elements.count {
            return !anchoredAtEnd || index == sentence.count ? index : nil
          }
          let element = elements[position]
          if element.gap >= 0 {
            var skip = 0
            while skip <= element.gap && index + skip <= sentence.count {
              if let end = step(position + 1, index + skip) { return end }
              skip += 1
            }
            return nil
          }
          if index < sentence.count, accepts(element, index), let end = step(position + 1, index + 1) {
            return end
          }
          return element.optional ? step(position + 1, index) : nil
        }
        return step(0, start)
      }
    }
  }

  private func acceptsAffix(_ affix: Int, _ word: String) -> Bool {
    let length = word.utf8.count
    for prefix in affixes[affix].prefixes where length > prefix.utf8.count && word.hasPrefix(prefix) { return true }
    for suffix in affixes[affix].suffixes where length > suffix.utf8.count && word.hasSuffix(suffix) { return true }
    return false
  }
}

/// The words of one sentence in the form the matcher reads: ids, name flags and the words themselves.
struct SentenceWords {
  var ids: [Int32]
  var names: [Bool]
  var words: [String]
  var count: Int { ids.count }

  init(_ tokens: [TextToken]) {
    ids = tokens.map(\.id)
    names = tokens.map(\.isName)
    words = tokens.map(\.word)
  }
}
