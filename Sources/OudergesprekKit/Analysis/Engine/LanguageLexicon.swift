/// Everything the marker engine knows about one language, as data.
///
/// The engine (`MarkerEngine`) contains no words of any language; a language is added by writing one
/// `LanguageLexicon` value (see `LanguageLexicon+Dutch.swift` and the `Dutch` folder).
public struct LanguageLexicon: Sendable {
  /// Named word lists, used in patterns as `@name`. `@naam` is built in: a capitalised name in the sentence.
  public var wordClasses: [String: [String]]
  /// The cue rules for markers and ik-boodschap parts.
  public var rules: [CueRule]
  /// Words that negate ("niet", "geen"); they cancel matches of rules with `negationCancels`.
  public var negations: [String]
  /// Words of the first person ("ik", "me", "we"): an ik-boodschap needs one of them.
  public var firstPerson: [String]
  /// Words that make a sentence a question when it starts with one, also without a question mark.
  public var questionWords: [String]
  /// Words at the start of a sentence that are skipped when looking for its real start ("en", "oké").
  public var leadingFillers: [String]
  /// Abbreviations whose full stop does not end a sentence, written without dots ("bijv", "mevr").
  public var abbreviations: [String]
  /// Ordinary words that must never be corrected as typos of a lexicon word.
  public var protectedWords: [String]
  /// Informal or chat spellings and the word they stand for ("ie" → "hij", "k" → "ik").
  public var spellingVariants: [String: String] = [:]
  /// The shortest lexicon word that a typo (one letter wrong, missing, extra or swapped) is corrected to.
  public var typoMinimumLength: Int
  /// How the contract's composite markers are formed in this language.
  public var composites: CompositeRules
  /// First names, recognised as names also when typed in lower case.
  public var firstNames: [String] = []
  /// Pairs of word classes that share words on purpose (`jij` is part of `ander`); checked by the lexicon test.
  public var sharedClasses: [[String]] = []
  /// Words that sit in several word classes on purpose, with those classes ("erg": versterker, gevoelsoordeel).
  public var sharedWords: [String: [String]] = [:]

  public init(
    wordClasses: [String: [String]], rules: [CueRule], negations: [String], firstPerson: [String],
    questionWords: [String], leadingFillers: [String], abbreviations: [String], protectedWords: [String],
    typoMinimumLength: Int, spellingVariants: [String: String] = [:], composites: CompositeRules,
    firstNames: [String] = []
  ) {
    self.firstNames = firstNames
    self.wordClasses = wordClasses
    self.rules = rules
    self.negations = negations
    self.firstPerson = firstPerson
    self.questionWords = questionWords
    self.leadingFillers = leadingFillers
    self.abbreviations = abbreviations
    self.protectedWords = protectedWords
    self.typoMinimumLength = typoMinimumLength
    self.spellingVariants = spellingVariants
    self.composites = composites
  }
}

/// The language-specific settings of markers that are built from other findings: the words of the subject
/// pass, the combination and suppression rules (`ReplyRuleBook`) and praise that steers.
public struct CompositeRules: Sendable {
  /// The word class (without `@`) of words for the other person as subject: u, jij, jullie, uw zoon, hij.
  public var otherPersonClass: String
  /// Words after which the other person is no subject ("van u", "voor hem"): prepositions.
  public var nonSubjectAfter: [String] = []
  /// Possessives ("uw", "jouw") that make the other person the subject only before a person ("uw zoon"),
  /// not before a thing ("uw opmerking").
  public var possessives: [String] = []
  /// The word class (without `@`) of persons after a possessive: zoon, dochter, kind.
  public var personClass: String?
  /// The combination and suppression rules, with their examples.
  public var rules: ReplyRuleBook
  /// The marker for a compliment followed by a push (prijzen), and the markers that count as that push.
  public var steeringPraise: Marker = .prijzen
  public var steeredBy: [Marker] = [.adviseren, .bevelen, .moraliseren]
  /// Markers of the pushing sentence that the steering praise replaces ("Dus ..." is then no parafrase).
  public var steeringHides: [Marker] = [.parafrase]
  /// Dutch explanation of praise that steers.
  public var steeringExplanation = ""

  /// Settings with these words and rules.
  public init(
    otherPersonClass: String, nonSubjectAfter: [String] = [], possessives: [String] = [],
    personClass: String? = nil, rules: ReplyRuleBook, steeringExplanation: String = ""
  ) {
    self.steeringExplanation = steeringExplanation
    self.otherPersonClass = otherPersonClass
    self.nonSubjectAfter = nonSubjectAfter
    self.possessives = possessives
    self.personClass = personClass
    self.rules = rules
  }
}
