export function toggle(): void {
  // replaced below
}
