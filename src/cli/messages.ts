import { translateCommanderError, translateHelpTitle } from './commander-chinese';

/**
 * Help text and messages of the CLI in English and Simplified Chinese. JSON keys and error codes
 * stay English in both, so scripts can parse the output whatever the locale.
 */
export interface CliMessages {
  programDescription: string;
  scanDescription: string;
  pathsArgument: string;
  quietOption: string;
  debugDirOption: string;
  maxBytesOption: string;
  maxPixelsOption: string;
  detectSizeOption: string;
  helpOption: string;
  helpCommand: string;
  versionOption: string;
  /** Line written after a usage error, pointing to the help. */
  helpAfterError: string;
  /** Rewrites a help section title that commander writes in English (`Usage:`, `Options:`). */
  helpTitle: (title: string) => string;
  /** Rewrites an error text that commander writes in English, keeping flags and values as typed. */
  commanderError: (text: string) => string;
  defaultLabel: (value: string) => string;
  notPositiveInteger: (value: string) => string;
  noImagesFound: (paths: string[]) => string;
  emptyFolderSkipped: (folder: string) => string;
  debugDirIsFile: (folder: string) => string;
  debugDirUnusable: (folder: string, reason: string) => string;
  batchSummary: (total: number, failed: number) => string;
  engineFailure: (file: string) => string;
  debugWriteFailed: (file: string, reason: string) => string;
}

const ENGLISH: CliMessages = {
  programDescription: 'Read Chinese business licenses (营业执照) offline and print WeChat bizlicense replies.',
  scanDescription:
    'Read the license in each image. One file prints indented JSON; several files or a folder print ' +
    'one JSON object per line with a "file" key. Folders are searched recursively for .jpg, .jpeg, ' +
    '.png and .webp files (hidden entries skipped, sorted by name); files named explicitly are read ' +
    'whatever their extension. Exit code: 0 all read, 1 any file failed, 2 usage error.',
  pathsArgument: 'image files or folders',
  quietOption: 'leave out the progress bar, the batch summary and engine error details (warnings still go to stderr)',
  debugDirOption: "write each stage's image (detected boxes, orientation, crops) to <dir>/<file-stem>/",
  maxBytesOption: 'reject images larger than this many bytes',
  maxPixelsOption: 'reject images with more than this many pixels (width × height)',
  detectSizeOption: 'long side in pixels of the reduced image that text detection runs on',
  helpOption: 'show help for the command',
  helpCommand: 'show help for a command',
  versionOption: 'print the version number',
  helpAfterError: '(add --help for usage)',
  helpTitle: (title) => title,
  commanderError: (text) => text,
  defaultLabel: (value) => ` (default: ${value})`,
  notPositiveInteger: (value) => `expected a positive integer, got "${value}"`,
  noImagesFound: (paths) =>
    `no image files (.jpg, .jpeg, .png, .webp) found in ${paths.join(', ')}; name a file or a folder that contains images`,
  emptyFolderSkipped: (folder) =>
    `warning: no image files (.jpg, .jpeg, .png, .webp) found in ${folder}; skipping it`,
  debugDirIsFile: (folder) =>
    `--debug-dir ${folder} is a file, not a folder; name a folder (it is created when missing) or move the file away`,
  debugDirUnusable: (folder, reason) =>
    `--debug-dir ${folder} cannot be created or written (${reason}); name a folder you can write to`,
  batchSummary: (total, failed) => `${total} files, ${failed} failed`,
  engineFailure: (file) => `the recognition engine failed on ${file}:`,
  debugWriteFailed: (file, reason) => `could not write debug images for ${file}: ${reason}`,
};

const CHINESE: CliMessages = {
  programDescription: '离线识别营业执照，按微信 bizlicense 接口的格式输出结果。',
  scanDescription:
    '识别每张图片中的营业执照。单个文件输出缩进的 JSON；多个文件或文件夹每行输出一个 JSON 对象，' +
    '并带 "file" 键。文件夹会递归查找 .jpg、.jpeg、.png、.webp 文件（跳过隐藏项，按文件名排序）；' +
    '直接指定的文件不论扩展名都会读取。退出码：0 全部成功，1 有文件失败，2 参数错误。',
  pathsArgument: '图片文件或文件夹',
  quietOption: '不显示进度条、批量汇总和引擎错误详情（警告仍输出到 stderr）',
  debugDirOption: '把每个阶段的图像（检测框、方向、裁剪行）写入 <dir>/<文件名>/',
  maxBytesOption: '拒绝大于此字节数的图片',
  maxPixelsOption: '拒绝像素数（宽 × 高）超过此值的图片',
  detectSizeOption: '文字检测所用缩小图的长边像素数',
  helpOption: '显示该命令的帮助',
  helpCommand: '显示某个命令的帮助',
  versionOption: '显示版本号',
  helpAfterError: '（加上 --help 查看用法）',
  helpTitle: translateHelpTitle,
  commanderError: translateCommanderError,
  defaultLabel: (value) => `（默认：${value}）`,
  notPositiveInteger: (value) => `需要正整数，实际为 "${value}"`,
  noImagesFound: (paths) =>
    `在 ${paths.join('、')} 中没有找到图片文件（.jpg、.jpeg、.png、.webp）；请指定图片文件或包含图片的文件夹`,
  emptyFolderSkipped: (folder) => `警告：在 ${folder} 中没有找到图片文件（.jpg、.jpeg、.png、.webp），已跳过`,
  debugDirIsFile: (folder) => `--debug-dir ${folder} 是文件而不是文件夹；请指定一个文件夹（不存在时会自动创建），或移走该文件`,
  debugDirUnusable: (folder, reason) => `无法创建或写入 --debug-dir ${folder}（${reason}）；请指定有写入权限的文件夹`,
  batchSummary: (total, failed) => `共 ${total} 个文件，失败 ${failed} 个`,
  engineFailure: (file) => `识别引擎处理 ${file} 时出错：`,
  debugWriteFailed: (file, reason) => `无法写入 ${file} 的调试图像：${reason}`,
};

/** Tells whether the locale variables (LC_ALL, then LC_MESSAGES, then LANG) select Chinese. */
export function prefersChinese(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh');
}

export function selectMessages(env: NodeJS.ProcessEnv): CliMessages {
  return prefersChinese(env) ? CHINESE : ENGLISH;
}
