import Foundation

/// Says in Dutch why a file could not be written, from whatever error Foundation or the system gave.
public enum FileProblem {
  /// A short Dutch reason, e.g. "de schijf is vol".
  public static func describe(_ error: any Error) -> String {
    guard let code = posixCode(error) else { return "onbekende schrijffout" }
    return describe(code)
  }

  /// A short Dutch reason for a system error number; never the system's English text.
  public static func describe(_ code: Int32) -> String {
    switch code {
    case ENOSPC: return "de schijf is vol"
    case EDQUOT: return "de schijfruimte (quotum) is op"
    case EACCES, EPERM: return "geen rechten"
    case EROFS: return "de schijf is alleen-lezen"
    case ENOTDIR: return "een deel van het pad is een bestand, geen map"
    case EFBIG: return "het bestand wordt groter dan toegestaan"
    case ENOENT: return "de map bestaat niet"
    case EISDIR: return "er staat een map op die plek"
    case EIO: return "invoer-/uitvoerfout van de schijf"
    case EBADF: return "de uitvoer is gesloten"
    case EPIPE: return "de lezer van de uitvoer is weg"
    case EINVAL: return "dit soort bestand kan hier niet beschreven worden"
    case ENAMETOOLONG: return "de naam is te lang"
    case ELOOP: return "symbolische links in een kring"
    case EMFILE, ENFILE: return "te veel open bestanden"
    case EEXIST: return "er staat al een bestand met die naam"
    case EXDEV: return "het doel ligt op een andere schijf"
    case ETXTBSY: return "het bestand is in gebruik"
    case ENXIO, ENODEV: return "dit apparaat is er niet"
    case EAGAIN: return "het bestand is tijdelijk niet beschikbaar"
    case ENOMEM: return "niet genoeg geheugen"
    default: return "systeemfout \(code)"
    }
  }

  /// The errno behind an error, also when Foundation wrapped it.
  static func posixCode(_ error: any Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error { return posixCode(underlying) }
    return nil
  }
}
