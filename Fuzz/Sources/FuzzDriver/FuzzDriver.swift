import Glibc

// libFuzzer's entry points, shared by every target: `runFuzzer` hands each input to `body`.

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The target's function; set once, before the fuzzer starts.
nonisolated(unsafe) private var target: (([UInt8]) -> Void)?

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    target?(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Runs libFuzzer with the process's arguments, calling `body` with every input; exits when it is done.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv, fuzzerTestOneInput))
}
