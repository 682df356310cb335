import OudergesprekKit
import Testing

/// The check issue 12 asks for, on the Dutch lexicon: words in two word classes that were not declared so,
/// duplicate patterns, and patterns that no example of any rule exercises.
@Suite("Controle van het lexicon")
struct LexiconCheckTests {
  static let lexicon = LanguageLexicon.dutch

  /// Words in two or more word classes, with the classes, sorted.
  static func wordsInSeveralClasses(_ lexicon: LanguageLexicon) -> [String: [String]] {
    var classesOfWord: [String: Set<String>] = [:]
    for (name, words) in lexicon.wordClasses {
      for word in words { classesOfWord[word.lowercased(), default: []].insert(name) }
    }
    return classesOfWord.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
  }

  /// Whether the lexicon declares every class pair that `word` sits in.
  static func isDeclared(_ word: String, classes: [String], in lexicon: LanguageLexicon) -> Bool {
    for (index, first) in classes.enumerated() {
      for second in classes[(index + 1)...] {
        let pair = [first, second].sorted()
        let declaredPair = lexicon.sharedClasses.contains { $0.sorted() == pair }
        let declaredWord =
          lexicon.sharedWords[word]?.contains(first) == true
          && lexicon.sharedWords[word]?.contains(second) == true
        if !declaredPair && !declaredWord { return false }
      }
    }
    return true
  }

  @Test("elk woord in twee woordklassen is zo gedeclareerd")
  func wordsInTwoClasses() {
    let undeclared = Self.wordsInSeveralClasses(Self.lexicon)
      .filter { !Self.isDeclared($0.key, classes: $0.value, in: Self.lexicon) }
    #expect(
      undeclared.isEmpty,
      "niet gedeclareerd: \(undeclared.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })")
  }

  @Test("een gedeclareerd gedeeld woord staat echt in die klassen")
  func declaredWordsExist() {
    for (word, classes) in Self.lexicon.sharedWords {
      for name in classes {
        #expect(Self.lexicon.wordClasses[name]?.contains(word) == true, "\(word) staat niet in \(name)")
      }
    }
  }

  /// A pattern as the engine reads it: words separated by single spaces, in lower case.
  static func canonical(_ pattern: String) -> String {
    pattern.lowercased().split(separator: " ").joined(separator: " ")
  }

  @Test("geen patroon staat twee keer bij hetzelfde doel")
  func duplicatePatterns() {
    var seen: [String: Int] = [:]
    var duplicates: [String] = []
    for (index, rule) in Self.lexicon.rules.enumerated() {
      for pattern in Set(rule.patterns.map(Self.canonical)) {
        let key = "\(rule.target) \(pattern)"
        if let first = seen[key] {
          duplicates.append("\(key) (regels \(first) en \(index))")
        } else {
          seen[key] = index
        }
      }
      let own = rule.patterns.map(Self.canonical)
      if Set(own).count != own.count { duplicates.append("\(rule.target): een patroon twee keer in regel \(index)") }
    }
    #expect(duplicates.isEmpty, "\(duplicates)")
  }

  /// The patterns of marker and part rules that no example of any rule matches, as "target: pattern".
  ///
  /// A pattern is exercised when an engine with only that pattern (the rule's target and sentence kind, no
  /// exceptions) analyses some example differently from an engine without any rule.
  static func unexercisedPatterns() throws -> [String] {
    let examples = Array(Set(lexicon.rules.flatMap(\.examples))).sorted()
    var empty = lexicon
    empty.rules = []
    let baseline = try MarkerEngine(lexicon: empty)
    let before = examples.map { baseline.analyze($0) }
    var unexercised: [String] = []
    for rule in lexicon.rules {
      switch rule.target {
      case .marker, .part: break
      case .imperative, .praise, .steer, .statement: continue
      }
      for pattern in rule.patterns {
        var single = empty
        single.rules = [CueRule(rule.target, rule.explanation, patterns: [pattern], sentence: rule.sentence)]
        let engine = try MarkerEngine(lexicon: single)
        let exercised = examples.indices.contains { engine.analyze(examples[$0]) != before[$0] }
        if !exercised { unexercised.append("\(rule.target): \(pattern)") }
      }
    }
    return unexercised
  }

  /// How many patterns no example exercises. It may only shrink: a new pattern comes with an example, and when
  /// examples cover old patterns the number is lowered to what the test reports.
  static let unexercisedAllowance = 772

  @Test("patronen zonder voorbeeld worden niet meer, en de toegestane rest wordt bijgehouden")
  func patternsWithoutExample() throws {
    let unexercised = try Self.unexercisedPatterns()
    let total = Self.lexicon.rules.map(\.patterns.count).reduce(0, +)
    #expect(
      unexercised.count <= Self.unexercisedAllowance,
      "\(unexercised.count) van \(total) patronen zonder voorbeeld:\n\(unexercised.joined(separator: "\n"))")
    #expect(
      unexercised.count >= Self.unexercisedAllowance,
      "nog \(unexercised.count) van \(total) patronen zonder voorbeeld: verlaag unexercisedAllowance")
  }
}
