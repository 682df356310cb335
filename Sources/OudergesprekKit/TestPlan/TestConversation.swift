/// A test conversation written in a scenario file (`testgesprekken`): the teacher's replies in order, and what
/// must hold when the conversation is played with them.
///
/// The replies are exactly what a teacher would type into `oudergesprek oefen ID --seed N` with input from a pipe,
/// one line each, `/stop` and the closing words included. `oudergesprek controleer` plays every test conversation.
public struct TestConversation: Sendable, Equatable {
  /// The name in messages (`naam`).
  public var name: String
  /// The seeds to play it with, in increasing order: `seed`, every seed of `seeds`, or 1 when neither is given.
  public var seeds: [UInt64]
  /// The lines the teacher types (`antwoorden`).
  public var replies: [String]
  /// What must hold afterwards (`verwacht`).
  public var expectation: TestExpectation
  /// Where its parts stand in the file, for messages.
  public var places: Places

  /// The seed used when a test conversation names none.
  public static let defaultSeed: UInt64 = 1

  /// The most seeds one test conversation may ask for, so that `controleer` stays quick.
  public static let maximumSeeds = 100

  public init(
    name: String, seeds: [UInt64] = [defaultSeed], replies: [String], expectation: TestExpectation,
    places: Places = Places()
  ) {
    self.name = name
    self.seeds = seeds
    self.replies = replies
    self.expectation = expectation
    self.places = places
  }

  /// Where the parts of a test conversation stand in its file.
  public struct Places: Sendable, Equatable {
    public var conversation: SourceLocation?
    public var name: SourceLocation?
    public var seeds: SourceLocation?
    public var replies: [SourceLocation] = []
    public var outcome: SourceLocation?
    public var states: [SourceLocation] = []
    public var keyFactsFound: [SourceLocation] = []
    public var keyFactsNotFound: [SourceLocation] = []
    public var minimumEndingScore: SourceLocation?

    public init() {}
  }
}

/// What must hold after a test conversation (`verwacht`).
public struct TestExpectation: Sendable, Equatable {
  /// How the conversation must end: one of these (`uitkomst`, one word or a list).
  public var outcomes: [ConversationOutcome]
  /// States the parent must have been in at some moment, the start state included (`toestanden`).
  public var states: [String]
  /// Key facts the teacher must have found (`kernGevonden`).
  public var keyFactsFound: [String]
  /// Key facts the teacher must not have found (`kernNietGevonden`).
  public var keyFactsNotFound: [String]
  /// The closing's score (0-100) must be at least this (`afrondingMinstens`); nil: not checked.
  public var minimumEndingScore: Int?

  public init(
    outcomes: [ConversationOutcome], states: [String] = [], keyFactsFound: [String] = [],
    keyFactsNotFound: [String] = [], minimumEndingScore: Int? = nil
  ) {
    self.outcomes = outcomes
    self.states = states
    self.keyFactsFound = keyFactsFound
    self.keyFactsNotFound = keyFactsNotFound
    self.minimumEndingScore = minimumEndingScore
  }
}
