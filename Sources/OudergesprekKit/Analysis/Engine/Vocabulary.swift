/// The words a lexicon uses, each with a small integer id, and the correction of small typos.
///
/// A word the lexicon does not know is compared with the lexicon's longer words: when exactly one of them
/// differs by one letter (missing, extra, wrong or two swapped) and starts with the same letter, the word is
/// read as that one ("zorgne" → "zorgen"). The comparison uses deletion keys (the word with one letter left
/// out), kept as 64-bit hashes and checked letter by letter on a hit, so it costs a few lookups and no strings;
/// a word longer than every lexicon word plus one letter is no typo of one, so its cost stays linear.
struct Vocabulary: Sendable, Equatable {
  // The stored properties are internal (not private) for `Vocabulary+Tables`, which writes and reads them.
  var ids: [String: Int32] = [:]
  var words: [String] = []
  /// The id of each ASCII word by the FNV-1a hash of its bytes (-2 when two words share a hash), so a reply's
  /// words are looked up without hashing a String.
  var asciiIDs = HashedIDs()
  /// Hash of a deletion key → the long lexicon word that gives it (-1 when several do).
  var deletions = HashedIDs()
  /// Hash of a long lexicon word (one that typos are corrected to) → its id.
  var longWords = HashedIDs()
  /// The most letters of a word that typos are corrected to.
  var longestLongWord = 0
  var protected: Set<String> = []
  var variants: [String: Int32] = [:]
  var typoMinimumLength = Int.max
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
    noteASCII(word, id)
    return id
  }

  /// Adds `word` to `asciiIDs` when it is ASCII.
  mutating func noteASCII(_ word: String, _ id: Int32) {
    guard let hash = Self.asciiHash(word) else { return }
    if let known = asciiIDs[hash] {
      if known != id { asciiIDs[hash] = -2 }
    } else {
      asciiIDs[hash] = id
    }
  }

  /// FNV-1a over the bytes of an ASCII word; nil when the word is not ASCII.
  @inline(__always)
  static func asciiHash(_ word: String) -> UInt64? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      guard byte < 0x80 else { return nil }
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The id of `word` when the vocabulary has it, as `ids[word]`, for an ASCII word without hashing a String.
  @inline(__always)
  func id(of word: String) -> Int32? {
    // A String equal to an ASCII word has the same bytes, so it sits under the same hash.
    guard let hash = Self.asciiHash(word) else { return ids[word] }
    guard let id = asciiIDs[hash] else { return nil }
    if id < 0 { return ids[word] }
    return words[Int(id)] == word ? id : nil
  }

  /// The id of the ASCII word whose UTF-8 bytes are `bytes`, when the vocabulary has it under its hash; nil
  /// otherwise (not ASCII, unknown, or a shared hash: then `lookup` decides). The same id as `lookup` gives for
  /// the word as a String, without building one.
  @inline(__always)
  func knownASCIIWord(_ bytes: [UInt8]) -> Int32? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    guard let id = asciiIDs[hash], id >= 0, words[Int(id)].utf8.elementsEqual(bytes) else { return nil }
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
    deletions = HashedIDs(minimumCapacity: words.count * 8)
    for (index, word) in words.enumerated() {
      // An ASCII word's letters are its bytes: no grapheme breaking for its length.
      let ascii = word.utf8.allSatisfy { $0 < 0x80 }
      guard (ascii ? word.utf8.count : word.count) >= minimumLength, !protected.contains(word) else { continue }
      let scalars = ascii ? word.utf8.map { UInt32($0) } : word.unicodeScalars.map(\.value)
      longWords[Self.hash(scalars, skipping: -1)] = Int32(index)
      longestLongWord = max(longestLongWord, scalars.count)
      for skip in scalars.indices {
        let key = Self.hash(scalars, skipping: skip)
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
    if let id = id(of: word) { return (id, nil) }
    if let id = variants[word] { return (id, words[Int(id)]) }
    let length = word.utf8.count
    guard length >= typoMinimumLength - 1, length >= 4, !protected.contains(word), !firstNames.contains(word) else {
      return (-1, nil)
    }
    let scalars = word.unicodeScalars.map(\.value)
    guard scalars.count <= longestLongWord + 1 else { return (-1, nil) }
    var found: Int32 = -1
    func consider(_ candidate: Int32?, _ related: (Int32) -> Bool) -> Bool {
      guard let candidate, candidate >= 0, related(candidate) else { return true }  // no word, or several
      if found >= 0 && found != candidate { return false }
      let target = words[Int(candidate)]
      guard target.utf8.first == word.utf8.first else { return true }
      found = candidate
      return true
    }
    func scalarsOf(_ id: Int32) -> [UInt32] { words[Int(id)].unicodeScalars.map(\.value) }
    // One letter too many in the reply (a key is a lexicon word), or one letter wrong or swapped (shared key).
    for skip in scalars.indices {
      let key = Self.hash(scalars, skipping: skip)
      if !consider(longWords[key], { Self.equal(scalarsOf($0), -1, scalars, skip) }) { return (-1, nil) }
      if !consider(deletions[key], { Self.sharesDeletion(scalarsOf($0), scalars, skip) }) { return (-1, nil) }
    }
    // One letter missing in the reply: the reply word is a key of a lexicon word.
    let whole = Self.hash(scalars, skipping: -1)
    if !consider(
      deletions[whole],
      { candidate in
        let target = scalarsOf(candidate)
        return target.indices.contains { Self.equal(target, $0, scalars, -1) }
      })
    {
      return (-1, nil)
    }
    guard found >= 0 else { return (-1, nil) }
    return (found, words[Int(found)])
  }

  /// FNV-1a over the letters, leaving out the one at `skip` (-1: none).
  private static func hash(_ scalars: [UInt32], skipping skip: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in scalars.indices where index != skip {
      hash = (hash ^ UInt64(scalars[index])) &* 0x0000_0100_0000_01b3
    }
    return hash ^ UInt64(scalars.count - (skip >= 0 ? 1 : 0))
  }

  /// Whether `a` without its letter at `skipA` equals `b` without its letter at `skipB` (-1: none).
  private static func equal(_ a: [UInt32], _ skipA: Int, _ b: [UInt32], _ skipB: Int) -> Bool {
    guard a.count - (skipA >= 0 ? 1 : 0) == b.count - (skipB >= 0 ? 1 : 0) else { return false }
    var i = 0
    var j = 0
    while true {
      if i == skipA { i += 1 }
      if j == skipB { j += 1 }
      if i >= a.count || j >= b.count { return i >= a.count && j >= b.count }
      if a[i] != b[j] { return false }
      i += 1
      j += 1
    }
  }

  /// Whether some deletion key of `target` equals `word` without its letter at `skip`.
  private static func sharesDeletion(_ target: [UInt32], _ word: [UInt32], _ skip: Int) -> Bool {
    target.indices.contains { equal(target, $0, word, skip) }
  }
}
