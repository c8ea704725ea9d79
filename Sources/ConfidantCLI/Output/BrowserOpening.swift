import Foundation
import Glibc

/// Opens the page's address in the user's browser without putting its one-time secret where
/// other local users can read it: a process's arguments are readable by all (/proc/PID/cmdline),
/// so `xdg-open` is given a file in the user's runtime folder (their own, in memory) that sends
/// the browser on to the address. The file goes after half a minute, or when the command ends.
enum BrowserOpening {
    nonisolated(unsafe) private static var file: String?

    /// Opens `address`; says what to do instead when there is no runtime folder or no `xdg-open`.
    static func open(_ address: String) {
        let environment = ProcessInfo.processInfo.environment
        guard let folder = environment["XDG_RUNTIME_DIR"], isPrivateFolder(folder),
            let opener = ["/usr/bin/xdg-open", "/bin/xdg-open"].first(where: FileManager.default.isExecutableFile)
        else {
            return Console.note("Open the address above in your browser (no browser could be opened from here).")
        }
        let path = folder + "/confidant-web-\(getpid()).html"
        let page = "<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url=\(address)\"><title>Confidant</title>\n"
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return Console.note("Open the address above in your browser.") }
        let written = page.utf8.withContiguousStorageIfAvailable { Glibc.write(descriptor, $0.baseAddress, $0.count) } ?? -1
        close(descriptor)
        guard written == page.utf8.count else {
            unlink(path)
            return Console.note("Open the address above in your browser.")
        }
        file = path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [URL(fileURLWithPath: path).absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { Console.note("Open the address above in your browser.") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { unlink(path) }
    }

    /// Removes the file, if it is still there.
    static func cleanUp() {
        if let file { unlink(file) }
    }

    /// Whether `folder` is a directory of this user's that nobody else can enter.
    private static func isPrivateFolder(_ folder: String) -> Bool {
        var status = stat()
        guard lstat(folder, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFDIR && status.st_uid == getuid() && status.st_mode & 0o077 == 0
    }
}
