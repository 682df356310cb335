/// A mistake in a lexicon pattern (a programming error in the language data).
struct CuePatternError: Error, CustomStringConvertible {
  var description: String
}

/// Compiles the pattern text of a lexicon's rules into one `PatternTable`.
///
/// Word classes are normalised and interned once, however many patterns use them; identical word conditions
/// and identical patterns are stored once.
struct PatternCompiler {
  private(set) var vocabulary: Vocabulary
  private let classes: [String: [String]]
  private let negations: Set<String>
  private var table = PatternTable()
  /// Per word class: its interned ids and whether one of them is a negation.
  private var classIDs: [String: (ids: [Int32], negation: Bool)] = [:]
  private struct ConditionKey: Hashable {
    var ids: [Int32]
    var acceptsName: Bool
    var affixMask: UInt64
  }
  private var conditionIndex: [ConditionKey: Int32] = [:]
  private var conditionIDs: [[Int32]] = []
  private struct ShapeKey: Hashable {
    var elements: [PatternTable.Element]
    var anchoredAtStart: Bool
    var anchoredAtEnd: Bool
    var mentionsNegation: Bool
  }
  private var shapeIndex: [ShapeKey: Int32] = [:]
  private var affixIndex: [PatternTable.Affix: Int] = [:]
  private var elementCache: [Substring: (PatternTable.Element, Bool)] = [:]

  init(vocabulary: Vocabulary, classes: [String: [String]], negations: Set<String>) {
    self.vocabulary = vocabulary
    self.classes = classes
    self.negations = negations
  }

  /// Compiles one pattern of rule `rule` (leading optional words and gaps become variants without them, so that
  /// every compiled pattern starts with a required word and can be indexed by it).
  mutating func add(_ source: String, rule: Int, cancels: Bool) throws {
    // Split on the bytes (the patterns are plain words and signs; a Character split costs start-up time).
    var parts = source.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    var anchoredAtStart = false
    var anchoredAtEnd = false
    if parts.first == "^" {
      anchoredAtStart = true
      parts.removeFirst()
    }
    if parts.last == "$" {
      anchoredAtEnd = true
      parts.removeLast()
    }
    var elements: [PatternTable.Element] = []
    var mentionsNegation = false
    for part in parts {
      if part == "..." || part == "…" {
        elements.append(PatternTable.Element(gap: 10))
        continue
      }
      let (element, negation) = try self.element(part, source: source)
      if negation { mentionsNegation = true }
      elements.append(element)
    }
    guard elements.contains(where: { !$0.optional }) else {
      throw CuePatternError(description: "patroon zonder verplicht woord: '\(source)'")
    }
    // Leading optional words or gaps: the variants with and without them, in a fixed order.
    var variants: [ArraySlice<PatternTable.Element>] = [elements[...]]
    while let variant = variants.popLast() {
      guard var first = variant.first else { continue }
      if first.gap >= 0 {
        variants.append(variant.dropFirst())
      } else if first.optional {
        first.optional = false
        variants.append([first] + variant.dropFirst())
        variants.append(variant.dropFirst())
      } else {
        let shape = self.shape(
          ShapeKey(
            elements: Array(variant), anchoredAtStart: anchoredAtStart, anchoredAtEnd: anchoredAtEnd,
            mentionsNegation: mentionsNegation))
        table.entries.append(PatternTable.Entry(shape: shape, rule: Int32(rule), cancels: cancels))
      }
    }
  }

  /// The table, once every word is interned: bit sets of the final vocabulary size and the first-word index.
  mutating func finish(vocabulary final: Vocabulary) -> PatternTable {
    vocabulary = final
    let size = vocabulary.count
    table.wordsPerSet = (size + 63) / 64
    table.bits = [UInt64](repeating: 0, count: table.wordsPerSet * table.conditions.count)
    for (index, ids) in conditionIDs.enumerated() {
      table.conditions[index].bitsOffset = Int32(index * table.wordsPerSet)
      for id in ids { table.bits[index * table.wordsPerSet + Int(id) >> 6] |= 1 << UInt64(id & 63) }
    }
    // Per shape: the rarest condition after the first word that every match needs.
    for index in table.shapes.indices {
      let shape = table.shapes[index]
      var best: Int32 = -1
      var bestSize = Int.max
      for element in table.elements[Int(shape.elementStart) + 1..<Int(shape.elementStart + shape.elementCount)]
      where element.gap < 0 && !element.optional {
        let condition = table.conditions[Int(element.condition)]
        let size =
          conditionIDs[Int(element.condition)].count + (condition.acceptsName ? 1_000 : 0)
          + (condition.affixMask != 0 ? 1_000 : 0)
        if size < bestSize {
          best = element.condition
          bestSize = size
        }
      }
      table.shapes[index].filter = best
    }
    // Per word: the conditions that accept it; per affix and for names: the conditions that accept them.
    var conditionCounts = [Int32](repeating: 0, count: size + 1)
    for ids in conditionIDs { for id in ids { conditionCounts[Int(id) + 1] += 1 } }
    for id in 0..<size { conditionCounts[id + 1] += conditionCounts[id] }
    var conditionFill = conditionCounts
    table.conditionsOfWord = [Int32](repeating: 0, count: Int(conditionCounts[size]))
    table.affixConditions = [[Int32]](repeating: [], count: table.affixes.count)
    for (index, ids) in conditionIDs.enumerated() {
      for id in ids {
        table.conditionsOfWord[Int(conditionFill[Int(id)])] = Int32(index)
        conditionFill[Int(id)] += 1
      }
      let condition = table.conditions[index]
      if condition.acceptsName { table.nameConditions.append(Int32(index)) }
      for bit in 0..<table.affixes.count where condition.affixMask & (1 << UInt64(bit)) != 0 {
        table.affixConditions[bit].append(Int32(index))
      }
    }
    table.conditionStarts = conditionCounts
    var buckets = [[Int32]](repeating: [], count: size)
    var names: [Int32] = []
    var affixed: [Int32] = []
    for (position, entry) in table.entries.enumerated() {
      let shape = table.shapes[Int(entry.shape)]
      let condition = table.elements[Int(shape.elementStart)].condition
      if table.conditions[Int(condition)].affixMask != 0 {
        affixed.append(Int32(position))
        continue
      }
      for id in conditionIDs[Int(condition)] { buckets[Int(id)].append(Int32(position)) }
      if table.conditions[Int(condition)].acceptsName { names.append(Int32(position)) }
    }
    table.indexStarts = [0]
    for bucket in buckets {
      appendGroups(bucket)
      table.indexStarts.append(Int32(table.groups.count))
    }
    let namesStart = table.groups.count
    appendGroups(names)
    table.nameGroups = namesStart..<table.groups.count
    let affixStart = table.groups.count
    appendGroups(affixed)
    table.affixGroups = affixStart..<table.groups.count
    return table
  }

  /// One word position of a pattern ("u|je?", "@gevoel", "voor*"), compiled once per distinct text.
  private mutating func element(_ part: Substring, source: String) throws -> (PatternTable.Element, Bool) {
    if let known = elementCache[part] { return known }
    var text = part
    var element = PatternTable.Element()
    var mentionsNegation = false
    if text.hasSuffix("?") {
      element.optional = true
      text.removeLast()
    }
    var key = ConditionKey(ids: [], acceptsName: false, affixMask: 0)
    for alternative in text.utf8.split(separator: UInt8(ascii: "|")).map({ Substring($0) }) {
      if alternative.hasPrefix("@") {
        let name = String(alternative.dropFirst())
        if name == "naam" {
          key.acceptsName = true
          continue
        }
        let members = try classMembers(name, source: source)
        key.ids += members.ids
        if members.negation { mentionsNegation = true }
      } else if alternative.hasSuffix("*") {
        key.affixMask |= affix(String(alternative.dropLast()), isPrefix: true)
      } else if alternative.hasPrefix("*") {
        key.affixMask |= affix(String(alternative.dropFirst()), isPrefix: false)
      } else {
        let word = WordNormalizer.normalize(String(alternative))
        guard !word.isEmpty else { throw CuePatternError(description: "leeg woord in patroon '\(source)'") }
        key.ids.append(vocabulary.intern(word))
        if negations.contains(word) { mentionsNegation = true }
      }
    }
    key.ids = Array(Set(key.ids)).sorted()
    element.condition = condition(key)
    elementCache[part] = (element, mentionsNegation)
    return (element, mentionsNegation)
  }

  /// Groups entries (in lexicon order) by shape, in the order of their first entry (a bucket holds a few
  /// entries, so a linear search beats a dictionary per vocabulary word at start-up).
  private mutating func appendGroups(_ entries: [Int32]) {
    guard !entries.isEmpty else { return }
    var order: [Int32] = []
    var members: [[Int32]] = []
    for entry in entries {
      let shape = table.entries[Int(entry)].shape
      if let known = order.firstIndex(of: shape) {
        members[known].append(entry)
      } else {
        order.append(shape)
        members.append([entry])
      }
    }
    for (slot, shape) in order.enumerated() {
      let start = Int32(table.groupEntries.count)
      table.groupEntries += members[slot]
      table.groups.append(
        PatternTable.Group(
          shape: shape, filter: table.shapes[Int(shape)].filter,
          anchoredAtStart: table.shapes[Int(shape)].anchoredAtStart, entryStart: start,
          entryEnd: Int32(table.groupEntries.count)))
    }
  }

  private mutating func classMembers(_ name: String, source: String) throws -> (ids: [Int32], negation: Bool) {
    if let cached = classIDs[name] { return cached }
    guard let members = classes[name] else {
      throw CuePatternError(description: "onbekende woordklasse @\(name) in patroon '\(source)'")
    }
    var ids: [Int32] = []
    var negation = false
    for member in members {
      let word = WordNormalizer.normalize(member)
      if word.isEmpty { continue }
      ids.append(vocabulary.intern(word))
      if negations.contains(word) { negation = true }
    }
    classIDs[name] = (ids, negation)
    return (ids, negation)
  }

  private mutating func affix(_ text: String, isPrefix: Bool) -> UInt64 {
    let affix = PatternTable.Affix(text: Array(WordNormalizer.normalize(text).utf8), isPrefix: isPrefix)
    if let index = affixIndex[affix] { return 1 << UInt64(index) }
    precondition(table.affixes.count < 64, "at most 64 different prefixes and suffixes in a lexicon")
    affixIndex[affix] = table.affixes.count
    table.affixes.append(affix)
    return 1 << UInt64(table.affixes.count - 1)
  }

  private mutating func condition(_ key: ConditionKey) -> Int32 {
    if let index = conditionIndex[key] { return index }
    let index = Int32(table.conditions.count)
    table.conditions.append(PatternTable.Condition(acceptsName: key.acceptsName, affixMask: key.affixMask))
    conditionIDs.append(key.ids)
    conditionIndex[key] = index
    return index
  }

  private mutating func shape(_ key: ShapeKey) -> Int32 {
    if let index = shapeIndex[key] { return index }
    let index = Int32(table.shapes.count)
    let required = key.elements.filter { $0.gap < 0 && !$0.optional }.count
    table.shapes.append(
      PatternTable.Shape(
        elementStart: Int32(table.elements.count), elementCount: Int32(key.elements.count),
        anchoredAtStart: key.anchoredAtStart, anchoredAtEnd: key.anchoredAtEnd,
        mentionsNegation: key.mentionsNegation, minimumLength: Int32(required),
        isPlain: required == key.elements.count))
    table.elements += key.elements
    shapeIndex[key] = index
    return index
  }
}
