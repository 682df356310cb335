/// The language-independent analyser: splits a reply into sentences, matches a lexicon's cue patterns and
/// combines the findings into markers, ik-boodschap parts and evidence.
public struct MarkerEngine: Sendable {
  let rules: [CueRule]
  /// Per rule, for the hot path: whether a negation cancels it, and the kind of sentence it needs.
  let negationCancels: [Bool]
  /// Per rule, what it shows, its explanation and the markers it overrules (read per hit without copying a rule).
  let targets: [CueTarget]
  let explanations: [String]
  let suppressions: [[Marker]]
  let sentenceKinds: [SentenceKind]
  /// The rules that mark a statement shaped like a question ("wat een ..."), in lexicon order.
  let statementRules: [Int]
  let composites: CompositeRules
  let splitter: SentenceSplitter
  let table: PatternTable
  let negation: WordSet
  let firstPerson: WordSet
  let questionWords: WordSet
  let fillers: WordSet
  let subjects: SubjectFinder

  /// Compiles a lexicon; throws when a pattern uses an unknown word class or is empty.
  public init(lexicon: LanguageLexicon) throws {
    try self.init(lexicon: lexicon, compiled: nil)
  }

  /// The engine of `lexicon`, its pattern table and vocabulary taken from `compiled` (read from a generated
  /// `CompiledTables` text) instead of compiled again; nil compiles them.
  init(lexicon: LanguageLexicon, compiled: (table: PatternTable, vocabulary: Vocabulary)?) throws {
    var vocabulary = compiled?.vocabulary ?? Vocabulary()
    var compiler: PatternCompiler?
    if compiled == nil {
      vocabulary.firstNames = Set(lexicon.firstNames.map(WordNormalizer.normalize))
      var fresh = PatternCompiler(
        vocabulary: vocabulary, classes: lexicon.wordClasses,
        negations: Set(lexicon.negations.map(WordNormalizer.normalize)))
      for (ruleIndex, rule) in lexicon.rules.enumerated() {
        for source in rule.patterns { try fresh.add(source, rule: ruleIndex, cancels: false) }
        for source in rule.unless { try fresh.add(source, rule: ruleIndex, cancels: true) }
      }
      vocabulary = fresh.vocabulary
      compiler = fresh
    }
    // With compiled tables every word below is already in the vocabulary: interning only finds its id.
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
    if var compiler {
      for word in lexicon.protectedWords { vocabulary.intern(WordNormalizer.normalize(word)) }
      // In a fixed order, so that the ids (and `CompiledTables`) are the same in every process.
      for (variant, word) in lexicon.spellingVariants.sorted(by: { $0.key < $1.key }) {
        vocabulary.addVariant(WordNormalizer.normalize(variant), of: WordNormalizer.normalize(word))
      }
      vocabulary.enableTypoCorrection(
        minimumLength: lexicon.typoMinimumLength, protectedWords: lexicon.protectedWords)
      table = compiler.finish(vocabulary: vocabulary)
    } else {
      table = compiled?.table ?? PatternTable()
    }
    rules = lexicon.rules
    negationCancels = lexicon.rules.map(\.negationCancels)
    targets = lexicon.rules.map(\.target)
    explanations = lexicon.rules.map(\.explanation)
    suppressions = lexicon.rules.map(\.suppresses)
    sentenceKinds = lexicon.rules.map(\.sentence)
    statementRules = lexicon.rules.indices.filter { lexicon.rules[$0].target == .statement }
    composites = lexicon.composites
    splitter = SentenceSplitter(
      vocabulary: vocabulary, abbreviations: Set(lexicon.abbreviations.map(WordNormalizer.normalize)))
    let size = vocabulary.count
    negation = WordSet(negationIDs, size: size)
    firstPerson = WordSet(firstPersonIDs, size: size)
    questionWords = WordSet(questionIDs, size: size)
    fillers = WordSet(fillerIDs, size: size)
    subjects = SubjectFinder(
      otherPerson: WordSet(otherIDs, size: size), nonSubjectAfter: WordSet(prepositionIDs, size: size),
      possessives: WordSet(possessiveIDs, size: size), persons: WordSet(personIDs, size: size))
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
