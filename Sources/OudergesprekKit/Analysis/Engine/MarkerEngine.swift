/// The language-independent analyser: splits a reply into sentences, matches a lexicon's cue patterns and
/// combines the findings into markers, ik-boodschap parts and evidence.
public struct MarkerEngine: Sendable {
  /// A compiled pattern and the rule it belongs to.
  struct IndexedPattern: Sendable {
    var pattern: CuePattern
    var rule: Int
    /// Whether this is one of the rule's `unless` patterns.
    var cancels: Bool
  }

  let rules: [CueRule]
  /// Per rule, for the hot path: whether a negation cancels it, and the kind of sentence it needs.
  let negationCancels: [Bool]
  let sentenceKinds: [SentenceKind]
  let composites: CompositeRules
  let splitter: SentenceSplitter
  let patterns: [IndexedPattern]
  /// Vocabulary id → the patterns whose first word can be that word.
  let firstWordIndex: [[Int32]]
  /// Patterns whose first word is a prefix or suffix: tried at every word.
  let unindexed: [Int32]
  /// Patterns whose first word can be a name: indexed by their other first words, and tried at every name.
  let atNames: [Int32]
  let negation: WordSet
  let firstPerson: WordSet
  let otherPerson: WordSet
  let questionWords: WordSet
  let fillers: WordSet
  let nonSubjectAfter: WordSet
  let possessives: WordSet
  let persons: WordSet

  /// Compiles a lexicon; throws when a pattern uses an unknown word class or is empty.
  public init(lexicon: LanguageLexicon) throws {
    var vocabulary = Vocabulary()
    vocabulary.firstNames = Set(lexicon.firstNames.map(WordNormalizer.normalize))
    let negations = Set(lexicon.negations.map(WordNormalizer.normalize))
    var compiled: [IndexedPattern] = []
    for (ruleIndex, rule) in lexicon.rules.enumerated() {
      for (sources, cancels) in [(rule.patterns, false), (rule.unless, true)] {
        for source in sources {
          for pattern in try CuePattern.compile(
            source, classes: lexicon.wordClasses, vocabulary: &vocabulary, negations: negations)
          {
            compiled.append(IndexedPattern(pattern: pattern, rule: ruleIndex, cancels: cancels))
          }
        }
      }
    }
    func wordSet(_ words: [String]) -> [Int32] { words.map { vocabulary.intern(WordNormalizer.normalize($0)) } }
    let negationIDs = wordSet(lexicon.negations)
    let firstPersonIDs = wordSet(lexicon.firstPerson)
    guard let otherWords = lexicon.wordClasses[lexicon.composites.otherPersonClass] else {
      throw CuePatternError(description: "onbekende woordklasse \(lexicon.composites.otherPersonClass)")
    }
    let otherIDs = wordSet(otherWords)
    let questionIDs = wordSet(lexicon.questionWords)
    let fillerIDs = wordSet(lexicon.leadingFillers)
    let prepositionIDs = wordSet(lexicon.composites.nonSubjectAfter)
    let possessiveIDs = wordSet(lexicon.composites.possessives)
    let personIDs = wordSet(lexicon.composites.personClass.flatMap { lexicon.wordClasses[$0] } ?? [])
    for word in lexicon.protectedWords { vocabulary.intern(WordNormalizer.normalize(word)) }
    for (variant, word) in lexicon.spellingVariants {
      vocabulary.addVariant(WordNormalizer.normalize(variant), of: WordNormalizer.normalize(word))
    }
    vocabulary.enableTypoCorrection(
      minimumLength: lexicon.typoMinimumLength, protectedWords: lexicon.protectedWords)

    var index = [[Int32]](repeating: [], count: vocabulary.count)
    var unindexed: [Int32] = []
    var atNames: [Int32] = []
    for position in compiled.indices {
      compiled[position].pattern.finish(vocabularySize: vocabulary.count)
      let pattern = compiled[position].pattern
      if pattern.firstIsIndexable || pattern.firstIsIndexableOrName {
        for id in Set(pattern.elementIDs[0]) { index[Int(id)].append(Int32(position)) }
        if pattern.firstIsIndexableOrName { atNames.append(Int32(position)) }
      } else {
        unindexed.append(Int32(position))
      }
    }
    rules = lexicon.rules
    negationCancels = lexicon.rules.map(\.negationCancels)
    sentenceKinds = lexicon.rules.map(\.sentence)
    composites = lexicon.composites
    splitter = SentenceSplitter(
      vocabulary: vocabulary, abbreviations: Set(lexicon.abbreviations.map(WordNormalizer.normalize)))
    patterns = compiled
    firstWordIndex = index
    self.unindexed = unindexed
    self.atNames = atNames
    let size = vocabulary.count
    negation = WordSet(negationIDs, size: size)
    firstPerson = WordSet(firstPersonIDs, size: size)
    otherPerson = WordSet(otherIDs, size: size)
    questionWords = WordSet(questionIDs, size: size)
    fillers = WordSet(fillerIDs, size: size)
    nonSubjectAfter = WordSet(prepositionIDs, size: size)
    possessives = WordSet(possessiveIDs, size: size)
    persons = WordSet(personIDs, size: size)
  }
}

/// A set of vocabulary ids, as a flag per id.
struct WordSet: Sendable {
  private let flags: [Bool]

  init(_ ids: [Int32], size: Int) {
    var flags = [Bool](repeating: false, count: size)
    for id in ids { flags[Int(id)] = true }
    self.flags = flags
  }

  @inline(__always)
  func contains(_ token: TextToken) -> Bool { token.id >= 0 && flags[Int(token.id)] }
}
