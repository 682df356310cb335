import Foundation

/// Keeps one session's transcript file up to date, in time that does not grow with the session.
///
/// The first save claims a new file in the store (`TranscriptStore.create`). After that a save rewrites only
/// the end of the file: from the first turn that changed (a new one, or one `/opnieuw` marked withdrawn) to the
/// end, where the other fields stand (`TranscriptDocument`). Once the session has an outcome, every save writes
/// the whole file again, atomically: those are a handful, and the final file is exactly the transcript.
///
/// Turns are only appended; the one later change is `withdrawn`, which `/opnieuw` sets on the last reply that
/// counts and every turn after it. So a save looks back only over the replies that count, from the newest, while
/// they were withdrawn, and over the last few turns: not over the whole session. (A turn counts as changed when
/// its text length, markers, withdrawn mark or emotion changed.) When writing the end fails, the old end is put
/// back where it can be, and the next save writes the whole file.
public final class TranscriptWriter: @unchecked Sendable {
  /// The store the file is in.
  public let store: TranscriptStore
  /// The session file; nil until the first save.
  public private(set) var path: String?
  /// Where each turn's segment starts in the file, and what it was written from.
  private var segmentStarts: [Int] = []
  private var written: [Fingerprint] = []
  /// The indices of the teacher's turns that count, in `written`, oldest first.
  private var countingReplies: [Int] = []
  /// The last turns always compared, whatever else changed.
  private static let checkedTail = 8
  /// Where the turns end and the other fields begin; the file's length.
  private var turnsEnd = 0
  private var length = 0
  /// The bytes from `turnsEnd` to the end, to put back when writing a new end fails.
  private var closing = Data()
  /// Whether the layout above matches the file; when not, the next save writes the whole file.
  private var layoutKnown = false
  private let encoder = TranscriptDocument.encoder()

  public init(store: TranscriptStore) {
    self.store = store
  }

  /// What a turn was written from, to notice a change cheaply.
  private struct Fingerprint: Equatable {
    var textLength: Int
    var markers: Int
    var withdrawn: Bool
    var intensity: Int
    var countingReply: Bool

    init(_ turn: TranscriptTurn) {
      textLength = turn.text.utf8.count
      markers = (turn.markers?.count ?? -1) &* 31 &+ (turn.iMessageParts?.count ?? -1)
      withdrawn = turn.withdrawn == true
      intensity = turn.emotion.intensity
      countingReply = turn.speaker == .docent && turn.counts
    }
  }

  /// Saves `transcript` and returns the file's path.
  @discardableResult
  public func save(_ transcript: Transcript) throws -> String {
    guard let path else {
      let document = try TranscriptDocument.whole(transcript)
      let created = try store.create(encoded: document.data, for: transcript)
      remember(document, transcript)
      self.path = created
      return created
    }
    if transcript.outcome != nil || !layoutKnown {
      layoutKnown = false
      let document = try TranscriptDocument.whole(transcript)
      try TranscriptStore.writeAtomically(document.data, to: path)
      remember(document, transcript)
      return path
    }
    try writeEnd(of: transcript, to: path)
    return path
  }

  private func remember(_ document: (data: Data, segmentStarts: [Int], turnsEnd: Int), _ transcript: Transcript) {
    segmentStarts = document.segmentStarts
    written = transcript.turns.map(Fingerprint.init)
    countingReplies = written.indices.filter { written[$0].countingReply }
    turnsEnd = document.turnsEnd
    length = document.data.count
    closing = document.data.subdata(in: turnsEnd..<length)
    layoutKnown = true
  }

  /// Rewrites the file from the first changed turn to the end.
  private func writeEnd(of transcript: Transcript, to path: String) throws {
    let turns = transcript.turns
    let common = min(turns.count, written.count)
    var first = common
    // The replies taken back since the last save, newest first; then the last few turns.
    var kept = countingReplies.count
    while kept > 0, countingReplies[kept - 1] < common,
      Fingerprint(turns[countingReplies[kept - 1]]) != written[countingReplies[kept - 1]]
    {
      first = countingReplies[kept - 1]
      kept -= 1
    }
    for index in max(0, common - Self.checkedTail)..<common where Fingerprint(turns[index]) != written[index] {
      first = min(first, index)
      break
    }
    let offset = first < segmentStarts.count ? segmentStarts[first] : turnsEnd
    var tail = Data()
    var starts: [Int] = []
    for index in first..<turns.count {
      starts.append(offset + tail.count)
      tail.append(try TranscriptDocument.segment(turns[index], first: index == 0, encoder: encoder))
    }
    let newTurnsEnd = offset + tail.count
    let newClosing = try TranscriptDocument.closing(transcript, encoder: encoder)
    tail.append(newClosing)

    let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else {
      layoutKnown = false
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    defer { close(descriptor) }
    do {
      try Self.write(tail, at: offset, to: descriptor)
      guard ftruncate(descriptor, off_t(offset + tail.count)) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    } catch {
      // Only new turns were being added: the old end, written back, makes the file what it was.
      if first == written.count, (try? Self.write(closing, at: turnsEnd, to: descriptor)) != nil,
        ftruncate(descriptor, off_t(length)) == 0
      {
        throw error
      }
      layoutKnown = false
      throw error
    }
    segmentStarts.removeSubrange(first...)
    segmentStarts += starts
    written.removeSubrange(first...)
    written += turns[first...].map(Fingerprint.init)
    while let last = countingReplies.last, last >= first { countingReplies.removeLast() }
    countingReplies += (first..<written.count).filter { written[$0].countingReply }
    turnsEnd = newTurnsEnd
    length = offset + tail.count
    closing = newClosing
  }

  /// Writes all of `data` at `offset`; throws on the first failure (`ENOSPC` on a full disk).
  private static func write(_ data: Data, at offset: Int, to descriptor: Int32) throws {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
      var done = 0
      while done < buffer.count {
        let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if count < 0 {
          if errno == EINTR { continue }
          throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        done += count
      }
    }
  }
}
