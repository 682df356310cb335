import Foundation

/// Reads a transcript file back, as untrusted input: a transcript may come from a colleague, or be edited.
///
/// Only a regular file of at most `maximumFileSize` bytes is read. It must be valid JSON (a syntax error is
/// named with its line and column), every number must be in a plausible range (so no arithmetic on it can
/// overflow), and the scores must be in their scale. Every string is neutralised as scenario text is (C0 and C1
/// controls and bidirectional overrides; newlines are kept), so that nothing read from it can steer a terminal
/// or hide text in a report.
public enum TranscriptReader {
  /// The largest transcript read: far more than a session of 10,000 long lines.
  public static let maximumFileSize = 64 << 20
  /// The largest number accepted in a transcript, other than the seed.
  static let largestNumber = 10_000_000.0

  /// Why a transcript could not be read, with a Dutch message.
  public struct Failure: Error, Sendable, Equatable {
    /// What kind of problem: the file is not there (or not readable), or what is in it cannot be used.
    public enum Kind: Sendable, Equatable {
      /// Not found or not readable (EX_NOINPUT).
      case noInput
      /// Not JSON (a syntax error).
      case notJSON
      /// Valid JSON, but not a transcript: a field missing, of the wrong type or out of range.
      case badField
      /// Not a regular file, or too large.
      case unusable
    }

    public var kind: Kind
    public var message: String
  }

  /// Reads and checks the transcript at `path`.
  public static func read(file path: String) -> Result<Transcript, Failure> {
    switch BoundedFile.read(path, limit: maximumFileSize) {
    case .success(let bytes):
      return Result { () throws(Failure) in try decode(bytes) }
    case .failure(let problem):
      return .failure(failure(problem))
    }
  }

  /// Checks and decodes the bytes of a transcript.
  public static func decode(_ bytes: [UInt8]) throws(Failure) -> Transcript {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw Failure(
        kind: .notJSON,
        message:
          "geen geldige JSON (regel \(error.location.line), kolom \(error.location.column): \(error.message))")
    }
    try checkNumbers(root, path: "")
    let transcript: Transcript
    do {
      transcript = try Transcript.decode(neutralizingStrings(bytes))
    } catch {
      throw Failure(kind: .badField, message: describe(error))
    }
    try checkScales(transcript)
    return transcript
  }

  private static func failure(_ problem: BoundedFile.Problem) -> Failure {
    switch problem {
    case .notFound: Failure(kind: .noInput, message: "bestaat niet")
    case .danglingLink: Failure(kind: .noInput, message: "is een symbolische link naar een bestand dat niet bestaat")
    case .noPermission: Failure(kind: .noInput, message: "kan niet gelezen worden (geen leesrechten)")
    case .pathThroughFile: Failure(kind: .noInput, message: "bestaat niet (een deel van het pad is geen map)")
    case .linkLoop: Failure(kind: .noInput, message: "is een symbolische link die in een kring naar zichzelf wijst")
    case .isDirectory: Failure(kind: .unusable, message: "is een map; geef het .json-bestand van een gesprek")
    case .notRegularFile:
      Failure(kind: .unusable, message: "is geen gewoon bestand (maar een apparaat, pijp of socket)")
    case .tooLarge(let size):
      Failure(
        kind: .unusable,
        message: "is te groot voor een gesprek (\(size / 1024 / 1024) MB, maximaal \(maximumFileSize / 1024 / 1024) MB)"
      )
    case .system(let code): Failure(kind: .noInput, message: "kan niet gelezen worden (\(FileProblem.describe(code)))")
    }
  }

  /// Every number but the seed must be a plausible count, score or intensity.
  private static func checkNumbers(_ node: JSONNode, path: String) throws(Failure) {
    switch node.value {
    case .number(let value):
      guard path == "seed" || abs(value) <= largestNumber else {
        throw Failure(kind: .badField, message: "het veld '\(shown(path))' heeft een onmogelijke waarde")
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() { try checkNumbers(element, path: "\(path)[\(index)]") }
    case .object(let members):
      for member in members {
        try checkNumbers(member.value, path: path.isEmpty ? member.key : "\(path).\(member.key)")
      }
    case .null, .bool, .string:
      break
    }
  }

  /// The scores and intensities on their scales, as the reports draw them.
  private static func checkScales(_ transcript: Transcript) throws(Failure) {
    func check(_ value: Int?, _ range: ClosedRange<Int>, _ field: String) throws(Failure) {
      guard let value, !range.contains(value) else { return }
      throw Failure(
        kind: .badField,
        message: "het veld '\(field)' is \(value), maar hoort tussen \(range.lowerBound) en \(range.upperBound)")
    }
    for (index, turn) in transcript.turns.enumerated() {
      try check(turn.emotion.intensity, 0...10, "turns[\(index)].emotion.intensity")
    }
    for (index, score) in (transcript.selfAssessment?.scores ?? []).enumerated() {
      try check(score.score, 1...5, "selfAssessment.scores[\(index)].score")
    }
    for (index, row) in (transcript.review?.rows ?? []).enumerated() {
      try check(row.colleague, 1...5, "review.rows[\(index)].colleague")
      try check(row.analyser, 1...5, "review.rows[\(index)].analyser")
    }
    if let ending = transcript.ending {
      try check(ending.score, 0...100, "ending.score")
      try check(ending.startedAtTurn, 0...Int(largestNumber), "ending.startedAtTurn")
      for (index, criterion) in ending.criteria.enumerated() {
        try check(criterion.points, 0...100, "ending.criteria[\(index)].points")
        try check(criterion.maxPoints, 0...100, "ending.criteria[\(index)].maxPoints")
      }
    }
    try check(transcript.earlyEnding?.advisedAtTurn, 0...Int(largestNumber), "earlyEnding.advisedAtTurn")
    try check(transcript.earlyEnding?.stoppedAtTurn, 0...Int(largestNumber), "earlyEnding.stoppedAtTurn")
  }

  /// A field path for a message, neutralised (a key may hold anything).
  private static func shown(_ path: String) -> String {
    TerminalText.neutralize(String(path.prefix(200)))
  }

  private static func describe(_ error: any Error) -> String {
    func path(_ context: DecodingError.Context) -> String {
      shown(context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: "."))
        .replacingOccurrences(of: ".[", with: "[")
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      let place = path(context)
      return "het veld '\(shown(key.stringValue))' ontbreekt" + (place.isEmpty ? "" : " in '\(place)'")
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
      return "het veld '\(path(context))' heeft een verkeerd type"
    case .dataCorrupted(let context)?:
      return "het veld '\(path(context))' heeft een ongeldige waarde"
    default:
      return "onleesbaar"
    }
  }
}
