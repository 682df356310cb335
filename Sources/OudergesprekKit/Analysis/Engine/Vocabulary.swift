/// The words a lexicon uses, each with a small integer id, and the correction of small typos.
///
/// A word the lexicon does not know is compared with the lexicon's longer words: when exactly one of them
/// differs by one letter (missing, extra, wrong or two swapped) and starts with the same letter, the word is
/// read as that one ("zorgne" → "zorgen"). The comparison uses deletion keys, so it costs a few lookups.
struct Vocabulary: Sendable {
  private(set) var ids: [String: Int32] = [:]
  private(set) var words: [String] = []
  /// Deletion key → the long lexicon words that give it (-1 when several do).
  private var deletions: [String: Int32] = [:]
  private var protected: Set<String> = []
  private var variants: [String: Int32] = [:]
  private var typoMinimumLength = Int.max
  /// First names, recognised as names also in lower case ("sanne is lui") and never corrected as typos.
  var firstNames: Set<String> = []

  var count: Int { words.count }

  /// The id of `word`, adding it when new.
  @discardableResult
  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(words.count)
    ids[word] = id
    words.append(word)
    return id
  }

  /// Makes `variant` read as `word` (an informal spelling).
  mutating func addVariant(_ variant: String, of word: String) {
    let id = intern(word)
    variants[variant] = id
    protected.insert(variant)
  }

  /// Prepares typo correction towards the words interned so far.
  mutating func enableTypoCorrection(minimumLength: Int, protectedWords: [String]) {
    typoMinimumLength = minimumLength
    protected.formUnion(protectedWords.map(WordNormalizer.normalize))
    for (index, word) in words.enumerated() where word.count >= minimumLength && !protected.contains(word) {
      for key in Self.deletionKeys(of: word) {
        if let existing = deletions[key], existing != Int32(index) {
          deletions[key] = -1
        } else {
          deletions[key] = Int32(index)
        }
      }
    }
  }

  /// Whether the word is an ordinary word written in lower case (used to tell names from sentence starts).
  func isKnownLowercase(_ word: String) -> Bool { protected.contains(word) }

  /// Whether the word is a known first name.
  func isFirstName(_ word: String) -> Bool { firstNames.contains(word) }

  /// The id of a word from a reply (-1 when unknown) and the lexicon word it was corrected to, if any.
  func lookup(_ word: String) -> (Int32, String?) {
    if let id = ids[word] { return (id, nil) }
    if let id = variants[word] { return (id, words[Int(id)]) }
    let length = word.utf8.count
    guard length >= typoMinimumLength - 1, length >= 4, !protected.contains(word), !firstNames.contains(word) else {
      return (-1, nil)
    }
    var found: Int32 = -1
    func consider(_ candidate: Int32?) -> Bool {
      guard let candidate, candidate >= 0 else { return true }  // no word, or several: this key says nothing
      if found >= 0 && found != candidate { return false }
      let target = words[Int(candidate)]
      guard target.utf8.first == word.utf8.first else { return true }
      found = candidate
      return true
    }
    // One letter too many in the reply (a key is a lexicon word), or one letter wrong or swapped (shared key).
    for key in Self.deletionKeys(of: word) {
      if let id = ids[key], words[Int(id)].count >= typoMinimumLength, !protected.contains(key), !consider(id) {
        return (-1, nil)
      }
      if !consider(deletions[key]) { return (-1, nil) }
    }
    // One letter missing in the reply: the reply word is a key of a lexicon word.
    if !consider(deletions[word]) { return (-1, nil) }
    guard found >= 0 else { return (-1, nil) }
    return (found, words[Int(found)])
  }

  /// The word with one letter left out, for every position.
  private static func deletionKeys(of word: String) -> [String] {
    let scalars = Array(word.unicodeScalars)
    var keys: [String] = []
    keys.reserveCapacity(scalars.count)
    for skip in scalars.indices {
      var view = String.UnicodeScalarView()
      for (index, scalar) in scalars.enumerated() where index != skip { view.append(scalar) }
      keys.append(String(view))
    }
    return keys
  }
}
