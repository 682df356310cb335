/// A mistake in a lexicon pattern (a programming error in the language data).
struct CuePatternError: Error, CustomStringConvertible {
  var description: String
}

extension CuePattern {
  /// Compiles pattern text into one or more patterns (leading optional words become variants, so that
  /// every compiled pattern starts with a required word and can be indexed by it).
  static func compile(
    _ source: String, classes: [String: [String]], vocabulary: inout Vocabulary, negations: Set<String>
  ) throws -> [CuePattern] {
    var parts = source.split(separator: " ").map(String.init)
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
    var elements: [Element] = []
    var elementIDs: [[Int32]] = []
    var affixes: [(prefixes: [String], suffixes: [String])] = []
    var mentionsNegation = false
    for part in parts {
      if part == "..." || part == "…" {
        elements.append(Element(gap: 10))
        elementIDs.append([])
        continue
      }
      var text = part
      var element = Element()
      var prefixes: [String] = []
      var suffixes: [String] = []
      if text.hasSuffix("?") {
        element.optional = true
        text.removeLast()
      }
      var ids: [Int32] = []
      for alternative in text.split(separator: "|").map(String.init) {
        if alternative.hasPrefix("@") {
          let name = String(alternative.dropFirst())
          if name == "naam" {
            element.acceptsName = true
            continue
          }
          guard let members = classes[name] else {
            throw CuePatternError(description: "onbekende woordklasse @\(name) in patroon '\(source)'")
          }
          for member in members {
            let word = WordNormalizer.normalize(member)
            if word.isEmpty { continue }
            ids.append(vocabulary.intern(word))
            if negations.contains(word) { mentionsNegation = true }
          }
        } else if alternative.hasSuffix("*") {
          prefixes.append(WordNormalizer.normalize(String(alternative.dropLast())))
        } else if alternative.hasPrefix("*") {
          suffixes.append(WordNormalizer.normalize(String(alternative.dropFirst())))
        } else {
          let word = WordNormalizer.normalize(alternative)
          guard !word.isEmpty else { throw CuePatternError(description: "leeg woord in patroon '\(source)'") }
          ids.append(vocabulary.intern(word))
          if negations.contains(word) { mentionsNegation = true }
        }
      }
      if !prefixes.isEmpty || !suffixes.isEmpty {
        element.affix = affixes.count
        affixes.append((prefixes, suffixes))
      }
      elements.append(element)
      elementIDs.append(ids)
    }
    guard elements.contains(where: { !$0.optional }) else {
      throw CuePatternError(description: "patroon zonder verplicht woord: '\(source)'")
    }
    // Leading optional words or gaps: compile the variants with and without them.
    var variants: [([Element], [[Int32]])] = [(elements, elementIDs)]
    var results: [([Element], [[Int32]])] = []
    while let (variant, ids) = variants.popLast() {
      guard let first = variant.first else { continue }
      if first.gap >= 0 {
        variants.append((Array(variant.dropFirst()), Array(ids.dropFirst())))
      } else if first.optional {
        var required = first
        required.optional = false
        variants.append(([required] + variant.dropFirst(), ids))
        variants.append((Array(variant.dropFirst()), Array(ids.dropFirst())))
      } else {
        results.append((variant, ids))
      }
    }
    return results.map {
      CuePattern(
        elements: $0.0, affixes: affixes, elementIDs: $0.1, anchoredAtStart: anchoredAtStart,
        anchoredAtEnd: anchoredAtEnd, mentionsNegation: mentionsNegation, source: source)
    }
  }

  /// Turns the collected ids of every element into bit sets of the final vocabulary size.
  func finish(vocabularySize: Int) {
    wordsPerSet = (vocabularySize + 63) / 64
    bits = [UInt64](repeating: 0, count: wordsPerSet * elements.count)
    for index in elements.indices {
      elements[index].bitsOffset = index * wordsPerSet
      for id in elementIDs[index] { bits[index * wordsPerSet + Int(id) >> 6] |= 1 << UInt64(id & 63) }
    }
  }
}
