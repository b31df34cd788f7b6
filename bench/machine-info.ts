import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The machine and software a benchmark ran on, printed beside its figures. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  onnxruntime: string;
  date: string;
}

function readCpuModel(): string {
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    const line = cpuinfo.split('\n').find((entry) => entry.startsWith('model name'));
    if (line) {
      return line.slice(line.indexOf(':') + 1).trim();
    }
  } catch {
    // /proc exists only on Linux; os.cpus() below covers other systems.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function readInstalledVersion(packageName: string): string {
  try {
    const manifest = path.join(process.cwd(), 'node_modules', packageName, 'package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(now: Date = new Date()): MachineInfo {
  return {
    cpuModel: readCpuModel(),
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    onnxruntime: readInstalledVersion('onnxruntime-node'),
    date: now.toISOString().slice(0, 10),
  };
}
