import { deskMembersFrom } from './desk-members';

describe('deskMembersFrom', () => {
  it('reads addresses one per line or separated by commas, semicolons or spaces', () => {
    expect(deskMembersFrom(' sam@contoso.example\nnoor@contoso.example; kim@contoso.example ,\n\n')).toEqual([
      'sam@contoso.example',
      'noor@contoso.example',
      'kim@contoso.example',
    ]);
    expect(deskMembersFrom('   ')).toEqual([]);
  });
});
