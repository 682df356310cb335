/// All compiled cue patterns of a lexicon, as plain values in contiguous arrays.
///
/// The pattern notation is described at `CueRule`. Compiled, a pattern is a run of `PatternElement`s; every
/// distinct word condition (a set of vocabulary ids, names, prefixes and suffixes) is stored once, as a bit set
/// over vocabulary ids in `bits`. Identical patterns (the same words in the same order, also from different
/// rules) are one `PatternShape`, matched once per position; each rule's use of a shape is a `PatternEntry`.
/// Entries are indexed by the words their first element accepts, so a sentence only meets the entries that can
/// match it: the cost of a sentence depends on its words, not on the number of patterns.
struct PatternTable: Sendable, Equatable {
  /// One position in a pattern.
  struct Element: Sendable, Hashable {
    /// Up to this many words of anything, or -1 for a word condition.
    var gap: Int32 = -1
    /// The index in `conditions`, or -1 for a gap.
    var condition: Int32 = -1
    var optional = false
  }

  /// What one word must be: one of a set of words (bits from `bitsOffset`), a name, or carry an affix.
  struct Condition: Sendable, Hashable {
    var bitsOffset: Int32 = 0
    var acceptsName = false
    /// The affixes (indexes in `affixes`, as bits) of which one is enough.
    var affixMask: UInt64 = 0
  }

  /// A distinct pattern: a run of elements and its anchors.
  struct Shape: Sendable, Hashable {
    var elementStart: Int32
    var elementCount: Int32
    var anchoredAtStart: Bool
    var anchoredAtEnd: Bool
    /// Whether the pattern itself names a negation word (then a negation does not cancel its match).
    var mentionsNegation: Bool
    /// A condition after the first word that some word of the sentence must meet (the rarest), or -1: a cheap
    /// test before the match.
    var filter: Int32 = -1
    /// The fewest words a match takes (its required word conditions).
    var minimumLength: Int32 = 0
    /// Whether every element is a required word condition (no gap, nothing optional): matched by a plain loop.
    var isPlain = false
  }

  /// The entries of one shape in one index bucket: the shape is matched once and the match given to each.
  struct Group: Sendable, Equatable {
    var shape: Int32
    var filter: Int32
    var anchoredAtStart: Bool
    var entryStart: Int32
    var entryEnd: Int32
  }

  /// One pattern of one rule, in lexicon order.
  struct Entry: Sendable, Equatable {
    var shape: Int32
    var rule: Int32
    /// Whether this is one of the rule's `unless` patterns.
    var cancels: Bool
  }

  /// A prefix ("voor*") or suffix ("*ouder") a word may carry; the word must be longer than it.
  struct Affix: Sendable, Hashable {
    var text: [UInt8]
    var isPrefix: Bool
  }

  var elements: [Element] = []
  var conditions: [Condition] = []
  var bits: [UInt64] = []
  var wordsPerSet = 0
  var shapes: [Shape] = []
  var entries: [Entry] = []
  var affixes: [Affix] = []
  var groups: [Group] = []
  /// The entries of the groups (indexes in `entries`), in lexicon order within a group.
  var groupEntries: [Int32] = []
  /// Vocabulary id → the groups whose first element accepts that word, as ranges into `groups`.
  var indexStarts: [Int32] = []
  /// The groups whose first element accepts a name (tried at every name).
  var nameGroups: Range<Int> = 0..<0
  /// The groups whose first element has an affix (tried at every word that passes their first condition);
  /// they come after the others at the same word.
  var affixGroups: Range<Int> = 0..<0
  /// Vocabulary id → the conditions that accept the word, as ranges into `conditionsOfWord`.
  var conditionStarts: [Int32] = []
  var conditionsOfWord: [Int32] = []
  /// The conditions that accept a name, and per affix the conditions that accept it.
  var nameConditions: [Int32] = []
  var affixConditions: [[Int32]] = []

  /// The conditions that some word of the sentence meets, as bits in `present` (reused from sentence to sentence).
  func presentConditions(_ sentence: SentenceWords, into present: inout [UInt64]) {
    let size = (conditions.count + 63) / 64
    if present.count != size {
      present = [UInt64](repeating: 0, count: size)
    } else {
      for index in 0..<size { present[index] = 0 }
    }
    var affixes: UInt64 = 0
    var hasName = false
    for index in 0..<sentence.count {
      let id = Int(sentence.ids[index])
      if id >= 0 {
        for slot in Int(conditionStarts[id])..<Int(conditionStarts[id + 1]) {
          let condition = Int(conditionsOfWord[slot])
          present[condition >> 6] |= 1 << UInt64(condition & 63)
        }
      }
      if sentence.names[index] { hasName = true }
      affixes |= sentence.affixes[index]
    }
    if hasName {
      for condition in nameConditions { present[Int(condition) >> 6] |= 1 << UInt64(condition & 63) }
    }
    var bit = 0
    while affixes != 0 {
      if affixes & 1 != 0 {
        for condition in affixConditions[bit] { present[Int(condition) >> 6] |= 1 << UInt64(condition & 63) }
      }
      affixes >>= 1
      bit += 1
    }
  }

  /// The affixes of `word` as bits of `affixes`.
  func affixMask(of word: String) -> UInt64 {
    guard !affixes.isEmpty else { return 0 }
    var word = word
    return word.withUTF8 { bytes in
      var mask: UInt64 = 0
      for (index, affix) in affixes.enumerated() where bytes.count > affix.text.count {
        let offset = affix.isPrefix ? 0 : bytes.count - affix.text.count
        var matches = true
        for (position, byte) in affix.text.enumerated() where bytes[offset + position] != byte {
          matches = false
          break
        }
        if matches { mask |= 1 << UInt64(index) }
      }
      return mask
    }
  }
}

/// The words of one sentence as the matcher reads them: vocabulary ids, name flags and affix bits.
struct SentenceWords {
  var ids: [Int32] = []
  var names: [Bool] = []
  var affixes: [UInt64] = []
  var count: Int { ids.count }
}

extension PatternTable {
  /// Whether the word at `index` meets `condition`.
  @inline(__always)
  func accepts(_ condition: Int32, _ sentence: SentenceWords, _ index: Int) -> Bool {
    let condition = conditions[Int(condition)]
    let id = Int(sentence.ids[index])
    if id >= 0, bits[Int(condition.bitsOffset) + id >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
    if condition.acceptsName && sentence.names[index] { return true }
    return condition.affixMask & sentence.affixes[index] != 0
  }

  /// The end (exclusive) of the first match of `shape` starting at word `start`, or nil.
  ///
  /// The search tries the shortest continuation first at every gap and optional element, so the first match
  /// found is the one reported (the evidence); its cost is bounded per position by the pattern's gaps.
  func match(_ shapeIndex: Int, _ sentence: SentenceWords, at start: Int) -> Int? {
    let shape = shapes[shapeIndex]
    guard start + Int(shape.minimumLength) <= sentence.count else { return nil }
    let first = Int(shape.elementStart)
    let end = first + Int(shape.elementCount)
    if shape.isPlain {
      var index = start
      for position in first..<end {
        guard accepts(elements[position].condition, sentence, index) else { return nil }
        index += 1
      }
      return !shape.anchoredAtEnd || index == sentence.count ? index : nil
    }
    func step(_ position: Int, _ index: Int) -> Int? {
      if position == end {
        return !shape.anchoredAtEnd || index == sentence.count ? index : nil
      }
      let element = elements[position]
      if element.gap >= 0 {
        var skip = 0
        while skip <= Int(element.gap) && index + skip <= sentence.count {
          if let found = step(position + 1, index + skip) { return found }
          skip += 1
        }
        return nil
      }
      if index < sentence.count, accepts(element.condition, sentence, index),
        let found = step(position + 1, index + 1)
      {
        return found
      }
      return element.optional ? step(position + 1, index) : nil
    }
    return step(first, start)
  }
}
